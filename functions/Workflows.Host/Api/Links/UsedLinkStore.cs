using Workflows.Orchestrations.Links;
using Azure;
using Azure.Data.Tables;

namespace Workflows.Host.Api.Links;

/// <summary>
/// Which action-link tokens were used: one row per token id in <c>{hub}UsedLinks</c>, written insert-only, so of
/// two racing requests with the same token exactly one succeeds (the other gets 409 from storage).
/// </summary>
internal sealed class UsedLinkStore(TableClient table, TimeProvider time)
{
    private const string RowKey = "used";
    private volatile bool _tableReady;

    /// <summary>Claims the token; false when it was claimed before.</summary>
    public async Task<bool> TryClaimAsync(string tokenId, ActionLink link, CancellationToken cancellationToken)
    {
        await EnsureTableAsync(cancellationToken).ConfigureAwait(false);
        var entity = new TableEntity(tokenId, RowKey)
        {
            ["InstanceId"] = link.InstanceId,
            ["EventName"] = link.EventName,
            ["Action"] = link.Action,
            ["UsedAt"] = time.GetUtcNow(),
        };
        try
        {
            await table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    public async Task<bool> IsUsedAsync(string tokenId, CancellationToken cancellationToken)
    {
        await EnsureTableAsync(cancellationToken).ConfigureAwait(false);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(tokenId, RowKey, ["PartitionKey"], cancellationToken).ConfigureAwait(false);
        return row.HasValue;
    }

    /// <summary>Gives a claimed token back when its event could not be raised, so the recipient can try again.</summary>
    public async Task ReleaseAsync(string tokenId, CancellationToken cancellationToken)
        => await table.DeleteEntityAsync(tokenId, RowKey, ETag.All, cancellationToken).ConfigureAwait(false);

    private async Task EnsureTableAsync(CancellationToken cancellationToken)
    {
        if (!_tableReady)
        {
            await table.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
            _tableReady = true;
        }
    }
}
