using NodaTime;

namespace Workflows.Messaging.Templates;

/// <summary>The request to the chair for agenda items (coordinators get it in copy).</summary>
/// <param name="ChairFirstName">The chair as the greeting names them ("Hilde").</param>
/// <param name="AgendaDueBy">The day the items should be in, so they go out with the invitation.</param>
/// <param name="FixedItems">Items that are always on the agenda.</param>
/// <param name="ProposeLink">The chair's link to the proposal form; null where the host signs no links (the mail then asks for the items in reply).</param>
public sealed record AgendaRequestModel(
    MeetingVoice Voice,
    string ChairFirstName,
    ZonedDateTime Start,
    ZonedDateTime End,
    LocalDate AgendaDueBy,
    IReadOnlyList<string> FixedItems,
    AgendaProposeLink? ProposeLink = null);
