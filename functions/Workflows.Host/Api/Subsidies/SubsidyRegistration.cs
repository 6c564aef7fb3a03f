using Workflows.Orchestrations.Subsidies;

namespace Workflows.Host.Api.Subsidies;

/// <summary>The result of registering a round: errors (nothing started), a conflict (the id is taken), or the round's snapshot.</summary>
internal sealed record SubsidyRegistration(SubsidyRoundSnapshot? Snapshot, IReadOnlyList<string> Errors, string? Conflict);
