using NodaTime;

namespace Workflows.Messaging.Templates;

/// <summary>The request to the chair to settle the agenda (coordinators get it in copy).</summary>
/// <param name="AgendaDueBy">The day the agenda should be ready, so it can go out with the invitation.</param>
/// <param name="FixedItems">Items that are always on the agenda.</param>
public sealed record AgendaRequestModel(
    string PartnershipName,
    string ChairName,
    string MeetingTitle,
    string GroupName,
    ZonedDateTime Start,
    ZonedDateTime End,
    LocalDate AgendaDueBy,
    IReadOnlyList<string> FixedItems,
    IReadOnlyList<string> CoordinatorNames);
