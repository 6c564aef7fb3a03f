namespace Workflows.Host.CustomHandler;

/// <summary>
/// An HTTP-triggered function for one API or dashboard route. <see cref="Route"/> is the whole ASP.NET route template
/// (<c>api/series/{id}</c>, <c>dashboard/attendance</c>: host.json's routePrefix is empty); <see cref="Methods"/> null
/// means every method.
/// </summary>
internal sealed record HttpFunction(string Name, string Route, IReadOnlyList<string>? Methods, bool Anonymous)
{
    public string AuthLevel => Anonymous ? "anonymous" : "function";
}
