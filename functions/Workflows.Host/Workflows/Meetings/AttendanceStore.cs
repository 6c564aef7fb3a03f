using Azure;
using Azure.Data.Tables;

namespace Workflows.Host.Meetings;

/// <summary>Attendance per organization in Table Storage (PK = partnership id).</summary>
/// <remarks>
/// One row per held occurrence and organization (<c>occ|{series}|{date}|{organization}</c>, written with upsert,
/// so a redelivered activity changes nothing) and one total per organization (<c>org|{organization}</c>),
/// recomputed from those rows under an ETag condition: two series held at once cannot lose each other's count.
/// </remarks>
public sealed class AttendanceStore(TableClient table)
{
    private readonly Lazy<Task> _created = new(() => table.CreateIfNotExistsAsync());

    public async Task RecordAsync(string partnershipId, string seriesId, string date, IReadOnlyList<OrganizationAttendance> organizations, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(organizations);
        await _created.Value.ConfigureAwait(false);
        foreach (var o in organizations)
        {
            var row = new TableEntity(partnershipId, $"occ|{seriesId}|{date}|{o.OrganizationId}")
            {
                ["Organization"] = o.OrganizationId,
                ["Invited"] = o.Invited,
                ["Attended"] = o.Attended,
            };
            await table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        }

        foreach (var o in organizations)
        {
            await UpdateTotalAsync(partnershipId, o.OrganizationId, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The totals per organization: meetings it was invited to, invitations, attendances.</summary>
    public async Task<IReadOnlyList<OrganizationAttendanceTotal>> ReadTotalsAsync(string partnershipId, CancellationToken cancellationToken = default)
    {
        await _created.Value.ConfigureAwait(false);
        var totals = new List<OrganizationAttendanceTotal>();
        await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == partnershipId && e.RowKey.CompareTo("org|") >= 0 && e.RowKey.CompareTo("org}") < 0, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            totals.Add(new OrganizationAttendanceTotal(row.RowKey[4..], row.GetInt32("Meetings") ?? 0, row.GetInt32("Invited") ?? 0, row.GetInt32("Attended") ?? 0));
        }

        return totals;
    }

    private async Task UpdateTotalAsync(string partnershipId, string organizationId, CancellationToken cancellationToken)
    {
        while (true)
        {
            var current = await table.GetEntityIfExistsAsync<TableEntity>(partnershipId, $"org|{organizationId}", cancellationToken: cancellationToken).ConfigureAwait(false);
            int meetings = 0, invited = 0, attended = 0;
            await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == partnershipId && e.RowKey.CompareTo("occ|") >= 0 && e.RowKey.CompareTo("occ}") < 0, cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                if (row.GetString("Organization") == organizationId)
                {
                    meetings++;
                    invited += row.GetInt32("Invited") ?? 0;
                    attended += row.GetInt32("Attended") ?? 0;
                }
            }

            var total = new TableEntity(partnershipId, $"org|{organizationId}") { ["Meetings"] = meetings, ["Invited"] = invited, ["Attended"] = attended };
            try
            {
                if (current.HasValue)
                {
                    await table.UpdateEntityAsync(total, current.Value!.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await table.AddEntityAsync(total, cancellationToken).ConfigureAwait(false);
                }

                return;
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412)
            {
                // Someone else recomputed meanwhile: read again, recompute again.
            }
        }
    }
}
