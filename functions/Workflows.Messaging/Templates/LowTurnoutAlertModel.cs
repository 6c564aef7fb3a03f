using NodaTime;

namespace Workflows.Messaging.Templates;

/// <summary>The alert to coordinators that few invitees accepted, with who declined and why.</summary>
public sealed record LowTurnoutAlertModel(
    string PartnershipName,
    string MeetingTitle,
    ZonedDateTime Start,
    ZonedDateTime End,
    int Invited,
    int Accepted,
    IReadOnlyList<TurnoutPerson> Decliners,
    IReadOnlyList<TurnoutPerson> NoResponse);
