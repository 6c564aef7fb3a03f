namespace Workflows.Orchestrations;

/// <summary>An activity an execution completed: its name, its input and its result (JSON, as the history holds them).</summary>
internal sealed record CompletedActivity(string Name, string? Input, string? Result);
