using Microsoft.DurableTask.Client;
using Workflows.Host.Api.Instances;

namespace Workflows.Host.Dashboard.Operations;

/// <summary>Reads a page of instances with the same engine query as <c>GET /api/instances</c> (custom status included, so the payloads come along).</summary>
internal static class InstanceListReader
{
    /// <summary>The page, or null when the continuation token is not one the storage service made.</summary>
    public static async Task<InstanceList?> ReadAsync(DashboardRequest r, OrchestrationQuery query, string? continuationToken)
    {
        ArgumentNullException.ThrowIfNull(r);
        var page = await InstanceQueries.PageAsync(r.Service<DurableTaskClient>(), query, continuationToken, r.Aborted).ConfigureAwait(false);
        if (page is null)
        {
            return null;
        }

        var rows = page.Instances
            .Select(m => new InstanceRow(
                m.InstanceId,
                InstanceDescriptions.Describe(r, m.InstanceId, m.Name),
                m.RuntimeStatus,
                m.CreatedAt,
                m.LastUpdatedAt,
                CustomStatusSummary.From(m.SerializedCustomStatus)))
            .ToList();
        return new InstanceList(rows, page.ContinuationToken);
    }
}
