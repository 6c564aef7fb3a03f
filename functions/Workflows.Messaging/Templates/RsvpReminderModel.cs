using NodaTime;

namespace Workflows.Messaging.Templates;

/// <summary>A reminder to an invitee who has not answered yet.</summary>
public sealed record RsvpReminderModel(
    string PartnershipName,
    string RecipientName,
    string MeetingTitle,
    ZonedDateTime Start,
    ZonedDateTime End,
    string? Location,
    LocalDate RsvpBy,
    bool Online = false);
