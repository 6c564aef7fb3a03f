namespace Workflows.Orchestrations.Subsidies;

/// <summary>What one recipient said about a round: <c>applying</c> or <c>declined</c>, and when.</summary>
public sealed record SubsidyAnswer(string RecipientId, string Action, DateTimeOffset At);
