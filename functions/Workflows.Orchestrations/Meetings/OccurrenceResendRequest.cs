namespace Workflows.Orchestrations.Meetings;

/// <summary>
/// Payload of <c>occurrence-resend</c>: a coordinator has the invitation of series date <paramref name="Date"/>
/// (yyyy-MM-dd) sent again to every attendee (someone lost it, a mail filter ate it). Only an invited occurrence
/// that has not started is resent; the event keeps its UID and gets a higher SEQUENCE.
/// </summary>
public sealed record OccurrenceResendRequest(string Date);
