using Workflows.Durable.Storage;

namespace Workflows.Durable.Worker;

internal sealed partial class InstanceSession
{
    private const int RelayParallelism = 16;

    /// <summary>
    /// Hands a committed outbox row to its destinations. Activities run here when allowed (their row stays until
    /// their results are committed, which deletes it for free); otherwise the row is deleted once everything in it
    /// is durable elsewhere (queue, timer index). A stopping worker sends new activities to the work queue, so a
    /// long chain does not keep it alive and the next worker continues at once.
    /// </summary>
    private async Task RelayAsync(OutboxRow row)
    {
        bool keepRow = false;
        var remote = new List<OutboxItem>();
        foreach (var item in row.Items)
        {
            switch (item)
            {
                case RunActivity run when _core.PullMode && _core.Options.RunActivitiesLocally && !_core.IsStopping:
                    keepRow = true;
                    _core.Activities.RunLocally(run.WorkItem, this);
                    break;
                case SendControl { Message: { Event: null } wake } when wake.InstanceId == InstanceId:
                    // The session runs the next turn itself; the row only matters if this process dies first.
                    keepRow = true;
                    break;
                default:
                    remote.Add(item);
                    break;
            }
        }

        await Parallel.ForEachAsync(
            remote,
            new ParallelOptions { MaxDegreeOfParallelism = RelayParallelism, CancellationToken = _core.Life },
            async (item, ct) => await OutboxRelay.SendAsync(_core.Hub, item, ct).ConfigureAwait(false)).ConfigureAwait(false);
        await _core.CheckpointAsync(CheckpointStep.Relayed, InstanceId).ConfigureAwait(false);
        if (!keepRow)
        {
            await _core.Store.DeleteRowsAsync(InstanceId, [row.RowKey], _core.Life).ConfigureAwait(false);
            _cache?.Outbox.Remove(row.RowKey);
            await _core.CheckpointAsync(CheckpointStep.OutboxDeleted, InstanceId).ConfigureAwait(false);
        }
    }
}
