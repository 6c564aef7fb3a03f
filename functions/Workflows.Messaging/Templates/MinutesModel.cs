using NodaTime;

namespace Workflows.Messaging.Templates;

/// <summary>The approved verslag of a meeting, to its members.</summary>
/// <param name="Text">The verslag as the coordinators wrote it; blank lines separate paragraphs.</param>
/// <param name="ActionItems">What, who, by when, in the order due.</param>
public sealed record MinutesModel(
    MeetingVoice Voice,
    ZonedDateTime Start,
    ZonedDateTime End,
    string Text,
    IReadOnlyList<ActionItemLine> ActionItems);
