namespace Workflows.Partnerships.Rules;

/// <summary>Whether a meeting goes ahead; <paramref name="Explanation"/> is Dutch text for the organiser and invitees.</summary>
public sealed record QuorumResult(bool Met, string Explanation, IReadOnlyList<string> MissingKinds, int Accepted);
