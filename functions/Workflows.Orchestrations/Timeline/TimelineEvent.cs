namespace Workflows.Orchestrations.Timeline;

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
    string? Reason)
{
    /// <summary>The subsidy round of a <c>subsidy.*</c> event.</summary>
    public string? Round { get; init; }

    /// <summary>The convenant of a <c>review.*</c> or <c>convenant.*</c> event.</summary>
    public string? Convenant { get; init; }

    /// <summary>
    /// The series date (<c>yyyy-MM-dd</c>) of a meeting event that has no <see cref="Start"/>: a cancellation made
    /// ahead of time, before the cycle planned that occurrence. Without it such an event could not be placed once
    /// the cycle has dropped the cancelled date from its input.
    /// </summary>
    public string? Date { get; init; }

    /// <summary>The activity of a <c>workflow.step-failed</c> event: the step that was left out.</summary>
    public string? Step { get; init; }
}
