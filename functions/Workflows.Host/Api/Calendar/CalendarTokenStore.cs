using Azure;
using Azure.Data.Tables;

namespace Workflows.Host.Api.Calendar;

/// <summary>
/// The current token version of each feed scope, in <c>{hub}CalendarFeeds</c> (PK = <c>series</c> or <c>person</c>,
/// RK = the id). No row means version 1, so a feed URL exists before anything is written; revoking writes the next
/// version, which invalidates every URL issued before.
/// </summary>
internal sealed class CalendarTokenStore(TableClient table)
{
    private const int MaxConcurrencyRetries = 8;
    private volatile bool _tableReady;

    public async Task<int> CurrentVersionAsync(CalendarFeedScope scope, string id, CancellationToken cancellationToken)
    {
        await EnsureTableAsync(cancellationToken).ConfigureAwait(false);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(Partition(scope), id, ["Version"], cancellationToken).ConfigureAwait(false);
        return row.HasValue && row.Value!.GetInt32("Version") is { } version ? version : 1;
    }

    /// <summary>Raises the scope's version; returns the new one. Concurrent revocations each raise it once.</summary>
    public async Task<int> RevokeAsync(CalendarFeedScope scope, string id, CancellationToken cancellationToken)
    {
        await EnsureTableAsync(cancellationToken).ConfigureAwait(false);
        for (int attempt = 0; attempt < MaxConcurrencyRetries; attempt++)
        {
            var row = await table.GetEntityIfExistsAsync<TableEntity>(Partition(scope), id, cancellationToken: cancellationToken).ConfigureAwait(false);
            try
            {
                if (!row.HasValue)
                {
                    await table.AddEntityAsync(new TableEntity(Partition(scope), id) { ["Version"] = 2 }, cancellationToken).ConfigureAwait(false);
                    return 2;
                }

                var entity = row.Value!;
                int next = (entity.GetInt32("Version") ?? 1) + 1;
                entity["Version"] = next;
                await table.UpdateEntityAsync(entity, entity.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                return next;
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412)
            {
                // Another revocation came first: read again and raise past it.
            }
        }

        throw new InvalidOperationException("The calendar feed's version kept changing while it was revoked.");
    }

    private static string Partition(CalendarFeedScope scope) => scope == CalendarFeedScope.Series ? "series" : "person";

    private async Task EnsureTableAsync(CancellationToken cancellationToken)
    {
        if (!_tableReady)
        {
            await table.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
            _tableReady = true;
        }
    }
}
