using NodaTime;

namespace Workflows.Messaging.Templates;

/// <summary>A reminder to a director who has not yet said whether the school applies.</summary>
public sealed record SubsidyReminderModel(
    string PartnershipName,
    string RecipientName,
    string RoundTitle,
    string Funder,
    LocalDate Deadline,
    int DaysLeft,
    Uri? InfoUrl,
    SubsidyActionLinks Links);
