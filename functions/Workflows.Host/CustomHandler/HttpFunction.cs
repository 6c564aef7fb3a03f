namespace Workflows.Host.CustomHandler;

/// <summary>
/// An HTTP-triggered function for one API route. <see cref="Route"/> is the ASP.NET route template without the
/// <c>api/</c> prefix (the host's routePrefix adds it back); <see cref="Methods"/> null means every method.
/// </summary>
internal sealed record HttpFunction(string Name, string Route, IReadOnlyList<string>? Methods, bool Anonymous)
{
    public string AuthLevel => Anonymous ? "anonymous" : "function";
}
