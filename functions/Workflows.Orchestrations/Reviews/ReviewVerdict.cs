namespace Workflows.Orchestrations.Reviews;

/// <summary>The answers so far: the side (<c>vmbo</c> or <c>mbo</c>) whose participants all declined, if any, and how many are silent.</summary>
public sealed record ReviewVerdict(string? DeclinedSide, int Silent);
