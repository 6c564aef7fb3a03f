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
    string? Reason)
{
    /// <summary>The subsidy round of a <c>subsidy.*</c> event.</summary>
    public string? Round { get; init; }

    /// <summary>The convenant of a <c>review.*</c> or <c>convenant.*</c> event.</summary>
    public string? Convenant { get; init; }
}
