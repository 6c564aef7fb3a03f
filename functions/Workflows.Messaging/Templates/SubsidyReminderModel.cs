using NodaTime;

namespace Workflows.Messaging.Templates;

/// <summary>A reminder to a director who has not yet said whether the school applies.</summary>
/// <param name="DeadlineTime">The time of day of the deadline, or null when the whole day counts.</param>
/// <param name="Coordinators">The coordinators' names, who sign the mail.</param>
public sealed record SubsidyReminderModel(
    string PartnershipName,
    string RecipientName,
    string RoundTitle,
    string Funder,
    LocalDate Deadline,
    int DaysLeft,
    Uri? InfoUrl,
    SubsidyActionLinks Links,
    LocalTime? DeadlineTime = null,
    IReadOnlyList<string>? Coordinators = null);
