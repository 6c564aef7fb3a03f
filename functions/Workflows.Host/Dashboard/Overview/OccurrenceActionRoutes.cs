using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Workflows.Host.Dashboard.Overview;

/// <summary>
/// Maps an action on one occurrence (cancel, move, resend). Both steps — the form and every post — first find the
/// series, date and running cycle and run the action's own check (not started yet, invited, …), so a form opened
/// earlier cannot act on an occurrence the check now refuses.
/// </summary>
internal static class OccurrenceActionRoutes
{
    /// <param name="refuse">The action's own check: the refusal page, or null when it may go ahead.</param>
    /// <param name="form">The empty form.</param>
    /// <param name="post">A post (not yet confirmed, or confirmed) for a target that passed both checks.</param>
    public static void MapOccurrenceAction(
        this RouteGroupBuilder dashboard,
        string route,
        Func<DashboardRequest, OccurrenceTarget, IResult?> refuse,
        Func<DashboardRequest, OccurrenceTarget, IResult> form,
        Func<DashboardRequest, OccurrenceTarget, IFormCollection, Task<IResult>> post)
    {
        dashboard.MapPage(route, async r =>
        {
            var (target, refusal) = await OccurrenceTargets.ResolveAsync(r).ConfigureAwait(false);
            return target is null ? refusal! : refuse(r, target) ?? form(r, target);
        });
        dashboard.MapAction(route, async (r, posted) =>
        {
            var (target, refusal) = await OccurrenceTargets.ResolveAsync(r).ConfigureAwait(false);
            return target is null ? refusal! : refuse(r, target) ?? await post(r, target, posted).ConfigureAwait(false);
        });
    }
}
