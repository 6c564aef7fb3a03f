namespace Workflows.Orchestrations.Meetings;

/// <summary>The outcome of <see cref="PresenceCommands.ConfirmAsync"/>, with the organizations invited and the ones given that were not.</summary>
public sealed record PresenceResult(PresenceOutcome Outcome, IReadOnlyList<string> Invited, IReadOnlyList<string> NotInvited);
