using Workflows.Orchestrations.Links;
using Workflows.Orchestrations.Meetings;

namespace Workflows.Host.Api.Links;

/// <summary>
/// The coordinators' one-click choice for an occurrence at risk (signed by <c>MeetingWarnAtRisk</c>): the link raises
/// <c>occurrence-decision</c> with <see cref="OccurrenceDecisionRequest"/>, the date from its target and the
/// coordinators the mail went to as who decided.
/// </summary>
internal static class OccurrenceDecisionLinks
{
    public static bool Is(ActionLink link) => link.EventName == MeetingEvents.OccurrenceDecision;

    /// <summary>Signed by us but not something <c>MeetingWarnAtRisk</c> makes: no date, or a decision the cycle does not know.</summary>
    public static bool IsMalformed(ActionLink link) =>
        Is(link) && (!OccurrenceDecisions.IsKnown(link.Action) || NodaTime.Text.LocalDatePattern.Iso.Parse(link.Target ?? string.Empty) is not { Success: true });

    public static OccurrenceDecisionRequest Request(ActionLink link) => new(link.Target!, link.Action, link.RecipientId);
}
