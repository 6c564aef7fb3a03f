using NodaTime;

namespace Workflows.Messaging.Templates;

/// <summary>A meeting that does not take place: the comment in the calendar cancellation, and the coordinators' notice.</summary>
/// <param name="Reason">Why, as a clause that follows "gaat niet door:" ("vanuit het mbo kan deze keer niemand aanwezig zijn"); none: no reason given.</param>
/// <param name="NextStart">The series' next meeting, when there is one.</param>
public sealed record MeetingCancellationModel(
    MeetingVoice Voice,
    ZonedDateTime Start,
    ZonedDateTime End,
    string? Reason,
    ZonedDateTime? NextStart = null,
    ZonedDateTime? NextEnd = null);
