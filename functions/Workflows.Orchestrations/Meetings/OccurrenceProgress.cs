using Workflows.Messaging;

namespace Workflows.Orchestrations.Meetings;

/// <summary>
/// How far the cycle got with one occurrence, carried over every <c>ContinueAsNew</c>, so nothing is sent twice: an
/// invited occurrence is updated, not invited again.
/// </summary>
/// <param name="Date">The series date (yyyy-MM-dd) the progress belongs to.</param>
/// <param name="Event">The calendar event, once invited.</param>
/// <param name="Sent">The version of the event attendees have.</param>
/// <param name="UpdateReason">Why the next update is sent (a move or a configuration change), for the timeline.</param>
/// <param name="Resend">A coordinator asked for the invitation to go out again, unchanged (absent in older histories: false).</param>
/// <param name="Done">Nothing is left to do for this occurrence (held, cancelled, or passed without an invitation).</param>
/// <param name="AtRiskChecked">The partner rule was checked ahead of the deadline.</param>
/// <param name="AtRisk">That check found the rule not met and the coordinators were asked to decide.</param>
/// <param name="Decision">A coordinator's decision ("hold" or "cancel") not acted on yet.</param>
/// <param name="DecidedBy">Who decided, for the timeline.</param>
/// <param name="AgendaChanged">An agenda item was accepted or held over after the invitation went out: the agenda update is due.</param>
public sealed record OccurrenceProgress(
    string Date,
    CalendarEventRef? Event,
    SentVersion? Sent,
    bool AgendaRequested,
    bool Reminded,
    bool Evaluated,
    string? UpdateReason,
    bool Resend = false,
    bool Done = false,
    bool AtRiskChecked = false,
    bool AtRisk = false,
    string? Decision = null,
    string? DecidedBy = null,
    bool AgendaChanged = false)
{
    /// <summary>Nothing done yet for <paramref name="date"/>.</summary>
    public static OccurrenceProgress New(string date) => new(date, null, null, false, false, false, null);
}
