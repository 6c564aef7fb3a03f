using Microsoft.DurableTask.Client;

namespace Workflows.Host.Dashboard.Operations;

/// <summary>Reads one instance (inputs and outputs included) and its history, as the API's status and history endpoints do.</summary>
internal static class InstanceDetailReader
{
    /// <summary>The instance, or null when there is none with this id.</summary>
    public static async Task<InstanceDetail?> ReadAsync(DashboardRequest r, string instanceId)
    {
        ArgumentNullException.ThrowIfNull(r);
        var client = r.Service<DurableTaskClient>();
        var metadata = await client.GetInstanceAsync(instanceId, getInputsAndOutputs: true, r.Aborted).ConfigureAwait(false);
        if (metadata is null)
        {
            return null;
        }

        var history = await Api.Instances.InstanceHistory.ReadAsync(client, instanceId, r.Aborted).ConfigureAwait(false);
        return new InstanceDetail(
            metadata,
            InstanceDescriptions.Describe(r, metadata.InstanceId, metadata.Name),
            CustomStatusSummary.From(metadata.SerializedCustomStatus),
            [.. history.Select((e, i) => HistoryRow.From(i + 1, e, r.DateTime))]);
    }
}
