using NodaTime;

namespace Workflows.Messaging.Templates;

/// <summary>The announcement of a subsidy round to one director.</summary>
/// <param name="DeadlineTime">The time of day of the deadline, or null when the whole day counts.</param>
/// <param name="Coordinators">The coordinators' names, who sign the mail.</param>
/// <param name="InfoUrl">The funder's page about the round, when known.</param>
public sealed record SubsidyAnnouncementModel(
    string PartnershipName,
    string RecipientName,
    string RoundTitle,
    string Funder,
    LocalDate Deadline,
    Uri? InfoUrl,
    SubsidyActionLinks Links,
    LocalTime? DeadlineTime = null,
    IReadOnlyList<string>? Coordinators = null);
