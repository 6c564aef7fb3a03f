namespace Workflows.Orchestrations;

/// <summary>What an activity of ours knows of its call: the effect's idempotency key and when to give up.</summary>
/// <param name="CancellationToken">Signalled when the worker shuts down; the call is delivered again later.</param>
public sealed record StepContext(string IdempotencyKey, CancellationToken CancellationToken);
