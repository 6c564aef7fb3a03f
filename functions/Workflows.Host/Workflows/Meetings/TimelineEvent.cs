namespace Workflows.Host.Meetings;

/// <summary>
/// One line of the timeline (DESIGN.md, <c>timeline.json</c>): what happened when, in which workflow instance,
/// to whom a message went, and for meeting events the occurrence's local start and end.
/// </summary>
public sealed record TimelineEvent(
    DateTimeOffset At,
    string Kind,
    string Workflow,
    string Instance,
    IReadOnlyList<string>? Recipients,
    string? Series,
    DateTimeOffset? Start,
    DateTimeOffset? End,
    string? Reason);
