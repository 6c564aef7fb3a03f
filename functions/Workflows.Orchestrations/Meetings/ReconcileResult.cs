namespace Workflows.Orchestrations.Meetings;

/// <summary>What a reconciliation did, by instance id: cycles started, told of a change, told their series is gone.</summary>
public sealed record ReconcileResult(IReadOnlyList<string> Started, IReadOnlyList<string> Changed, IReadOnlyList<string> Removed)
{
    /// <summary>Of <see cref="Started"/>, the instances that had failed and were started again from their last good input.</summary>
    public IReadOnlyList<string> Restarted { get; init; } = [];
}
