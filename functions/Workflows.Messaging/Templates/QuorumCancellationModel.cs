using NodaTime;

namespace Workflows.Messaging.Templates;

/// <summary>A meeting cancelled because too few (or not the required kinds of) schools accepted.</summary>
/// <param name="Reason">Why, in the message's language (e.g. the quorum rule's explanation).</param>
/// <param name="NextStart">The next occurrence, when there is one.</param>
public sealed record QuorumCancellationModel(
    string PartnershipName,
    string MeetingTitle,
    ZonedDateTime Start,
    ZonedDateTime End,
    string Reason,
    ZonedDateTime? NextStart = null,
    ZonedDateTime? NextEnd = null);
