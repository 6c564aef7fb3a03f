using Workflows.Messaging;

namespace Workflows.Orchestrations.Meetings;

/// <summary>
/// How far the cycle got with the upcoming occurrence, carried over a <c>ContinueAsNew</c> caused by a change
/// (configuration, a coordinator's move), so nothing is sent twice: an invited occurrence is updated, not invited again.
/// </summary>
/// <param name="Date">The series date (yyyy-MM-dd) the progress belongs to.</param>
/// <param name="Event">The calendar event, once invited.</param>
/// <param name="Sent">The version of the event attendees have.</param>
/// <param name="UpdateReason">Why the next update is sent (a move or a configuration change), for the timeline.</param>
/// <param name="Resend">A coordinator asked for the invitation to go out again, unchanged (absent in older histories: false).</param>
public sealed record OccurrenceProgress(
    string Date,
    CalendarEventRef? Event,
    SentVersion? Sent,
    bool AgendaRequested,
    bool Reminded,
    bool Evaluated,
    string? UpdateReason,
    bool Resend = false);
