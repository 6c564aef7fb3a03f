using NodaTime;

namespace Workflows.Messaging.Templates;

/// <summary>To every member at the RSVP deadline: the meeting goes ahead.</summary>
/// <param name="Answers">How many accepted, when known.</param>
public sealed record MeetingConfirmationModel(
    MeetingVoice Voice,
    ZonedDateTime Start,
    ZonedDateTime End,
    string? Location,
    bool Online,
    IReadOnlyList<string> AgendaItems,
    MeetingAnswers? Answers = null);
