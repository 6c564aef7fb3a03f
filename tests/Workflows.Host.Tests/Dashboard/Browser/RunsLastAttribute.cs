namespace Workflows.Host.Tests.Dashboard.Browser;

/// <summary>
/// Marks the one browser test that changes the shared host's state (it cancels an occurrence): <see cref="RunsLastOrderer"/>
/// runs it after the others, so they all see the same untouched year.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RunsLastAttribute : Attribute;
