using Workflows.Orchestrations.Links;

namespace Workflows.Orchestrations.Meetings;

/// <summary>
/// The chair's signed link in the agenda request (<c>/api/links/{token}</c>, the same signing and single use as every
/// action link): bound to the series' cycle instance (partnership and series), the occurrence's series date (target)
/// and the chair's person id. Its GET shows a small form; its POST stores the proposals itself, so
/// <see cref="Kind"/> names the link and is never raised to the instance.
/// </summary>
internal static class AgendaProposalLinks
{
    /// <summary>The link's kind in its event-name slot; no orchestration listens for it.</summary>
    public const string Kind = "agenda-item-proposal";

    public const string Action = "propose";

    public static bool Is(ActionLink link) => link.EventName == Kind;

    /// <summary>
    /// Until the invitation goes out: proposals the coordinators accept by then go with it. An agenda request sent at
    /// or after that moment (a cycle catching up) keeps the link until the meeting starts instead: items accepted after
    /// the invitation still go out with the agenda update.
    /// </summary>
    public static DateTimeOffset Expiry(PlannedOccurrence o, DateTimeOffset now) => o.InviteAt > now ? o.InviteAt : o.Start;

    public static ActionLink For(string instance, PlannedOccurrence o, string chairId, DateTimeOffset now) =>
        new(instance, Kind, Action, chairId, Expiry(o, now), o.Date);

    /// <summary>The partnership and series of the cycle instance a link is bound to (<c>meeting:{partnership}:{series}</c>).</summary>
    public static (string Partnership, string Series)? Series(ActionLink link) =>
        link.InstanceId.Split(':') is ["meeting", var partnership, var series] && partnership.Length > 0 && series.Length > 0
            ? (partnership, series)
            : null;
}
