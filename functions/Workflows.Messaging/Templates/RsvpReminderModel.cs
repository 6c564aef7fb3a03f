using NodaTime;

namespace Workflows.Messaging.Templates;

/// <summary>A reminder to an invitee who has not answered yet.</summary>
/// <param name="RecipientFirstName">As the greeting names them ("Carla").</param>
public sealed record RsvpReminderModel(
    MeetingVoice Voice,
    string RecipientFirstName,
    ZonedDateTime Start,
    ZonedDateTime End,
    string? Location,
    LocalDate RsvpBy,
    bool Online = false);
