namespace Workflows.Host.Hosting;

/// <summary>Who drives the app: the Azure Functions host (custom handler) or the app itself (<c>serve</c>).</summary>
internal enum HostingMode
{
    /// <summary><c>serve</c>: pull-mode workers, the app's own minute timer, Kestrel on the public URL, the app checks API keys.</summary>
    Standalone,

    /// <summary>
    /// Started by the Functions host: one POST per invocation on a loopback port; the host runs the triggers and
    /// checks Functions keys before it forwards an HTTP request.
    /// </summary>
    FunctionsHost,
}
