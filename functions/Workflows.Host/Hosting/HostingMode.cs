namespace Workflows.Host.Hosting;

/// <summary>Who fronts the app: the Azure Functions host, or the app itself (<c>serve</c>).</summary>
internal enum HostingMode
{
    /// <summary><c>serve</c>: the workflows on a local runtime, Kestrel on the public URL, the app checks API keys.</summary>
    Standalone,

    /// <summary>
    /// Behind the Azure Functions host: it terminates TLS and checks Functions keys before a request reaches the
    /// app, so the app trusts that check and marks the dashboard's cookies Secure.
    /// </summary>
    FunctionsHost,
}
