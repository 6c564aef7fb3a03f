using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Workflows.Host.Dashboard;

/// <summary>
/// How pages and actions are mapped: a GET page renders from a <see cref="DashboardRequest"/>, a POST action also
/// gets the posted form (already CSRF-checked by the group's filter). Route values: <c>r.Http.GetRouteValue("id")</c>.
/// </summary>
internal static class DashboardRoutes
{
    public static RouteHandlerBuilder MapPage(this RouteGroupBuilder group, string pattern, Func<DashboardRequest, Task<IResult>> render)
    {
        ArgumentNullException.ThrowIfNull(group);

        // Cast to Delegate: a lambda taking only HttpContext would otherwise bind as a RequestDelegate, whose
        // returned IResult is discarded (an empty 200).
        return group.MapGet(pattern, (Delegate)(async (HttpContext http) =>
            await render(await DashboardRequest.CreateAsync(http).ConfigureAwait(false)).ConfigureAwait(false)));
    }

    public static RouteHandlerBuilder MapAction(this RouteGroupBuilder group, string pattern, Func<DashboardRequest, IFormCollection, Task<IResult>> act)
    {
        ArgumentNullException.ThrowIfNull(group);
        return group.MapPost(pattern, (Delegate)(async (HttpContext http) =>
        {
            var form = http.Request.HasFormContentType
                ? await http.Request.ReadFormAsync(http.RequestAborted).ConfigureAwait(false)
                : FormCollection.Empty;
            return await act(await DashboardRequest.CreateAsync(http).ConfigureAwait(false), form).ConfigureAwait(false);
        }));
    }

    /// <summary>A route value as text ("" when absent).</summary>
    public static string Route(this DashboardRequest r, string name)
        => r?.Http.GetRouteValue(name)?.ToString() ?? string.Empty;
}
