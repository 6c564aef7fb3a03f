using NodaTime;

namespace Workflows.Messaging.Templates;

/// <summary>To the owner of an open action item, once, a few working days before it is due.</summary>
/// <param name="MeetingDate">The day of the meeting it was agreed at.</param>
public sealed record ActionItemReminderModel(
    MeetingVoice Voice,
    string RecipientFirstName,
    LocalDate MeetingDate,
    string What,
    LocalDate Due);
