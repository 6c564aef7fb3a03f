namespace Workflows.Orchestrations.Minutes;

/// <summary>When the owner of action item <paramref name="Key"/> gets their one reminder.</summary>
public sealed record ActionReminder(string Key, DateTimeOffset At);
