using NodaTime;

namespace Workflows.Messaging.Templates;

/// <summary>The alert to coordinators that few invitees accepted, with who declined and why.</summary>
public sealed record LowTurnoutAlertModel(
    MeetingVoice Voice,
    IReadOnlyList<string> CoordinatorFirstNames,
    ZonedDateTime Start,
    ZonedDateTime End,
    MeetingAnswers Answers);
