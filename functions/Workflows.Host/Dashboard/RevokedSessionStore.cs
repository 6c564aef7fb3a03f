using Azure.Data.Tables;

namespace Workflows.Host.Dashboard;

/// <summary>
/// The login-form sessions signed out before they expired: one row per session id in <c>{hub}RevokedSessions</c>,
/// with the moment the session would have ended anyway (<see cref="DashboardSession.AbsoluteLifetime"/> after signing
/// in). The cookie itself stays valid until then, so a copy of it (a shared computer, a proxy log) would still open
/// the dashboard after "Afmelden" without this row; in storage, so every instance refuses it.
/// </summary>
internal sealed class RevokedSessionStore(TableClient table)
{
    private const string RowKey = "revoked";
    private volatile bool _tableReady;

    public async Task RevokeAsync(string sessionId, DateTimeOffset expires, CancellationToken cancellationToken)
    {
        await EnsureTableAsync(cancellationToken).ConfigureAwait(false);
        await table.UpsertEntityAsync(new TableEntity(sessionId, RowKey) { ["ExpiresAt"] = expires }, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> IsRevokedAsync(string sessionId, CancellationToken cancellationToken)
    {
        await EnsureTableAsync(cancellationToken).ConfigureAwait(false);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(sessionId, RowKey, ["PartitionKey"], cancellationToken).ConfigureAwait(false);
        return row.HasValue;
    }

    private async Task EnsureTableAsync(CancellationToken cancellationToken)
    {
        if (!_tableReady)
        {
            await table.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
            _tableReady = true;
        }
    }
}
