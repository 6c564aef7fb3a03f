using System.Text.Encodings.Web;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;

namespace Workflows.Orchestrations.Meetings;

/// <summary>Attendance per organization in Table Storage (PK = partnership id).</summary>
/// <remarks>
/// One row per held occurrence and organization (<c>occ|{series}|{date}|{organization}</c>, written with upsert,
/// so a redelivered activity changes nothing) and one total per organization (<c>org|{organization}</c>),
/// recomputed from those rows under an ETag condition: two series held at once cannot lose each other's count.
/// An occurrence row also keeps who declined with their comments (<c>Declined</c>, <c>Declines</c> as JSON), so the
/// dashboard can show why turnout was low; rows from before those columns read as no declines.
/// A coordinator's confirmed presence list is one row per occurrence (<c>pres|{series}|{date}</c>): confirming again
/// replaces it. It sits beside the answers instead of overwriting them, so the answers stay what was answered and an
/// unconfirmed occurrence can still be told from a confirmed one.
/// </remarks>
public sealed class AttendanceStore(TableClient table)
{
    // A table property holds at most 64 KiB (32 768 UTF-16 characters): comments are kept short and the list
    // bounded, and the JSON as written is measured too, so one talkative organization can never make the whole row
    // (and with it the attendance count) fail to be written.
    private const int MaxCommentLength = 500;
    private const int MaxDeclines = 50;

    /// <summary>The longest <c>Declines</c> cell written, in UTF-16 characters: well under the 64 KiB property limit.</summary>
    internal const int MaxDeclinesJsonLength = 32_000;

    // The relaxed encoder writes accents and quotes as themselves instead of \uXXXX (up to six times longer). The
    // cell is only read back by this class and the dashboard HTML-encodes whatever it shows, so the escaping the
    // default encoder adds for embedding JSON in HTML buys nothing here.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly Lazy<Task> _created = new(() => table.CreateIfNotExistsAsync());

    /// <summary>The store on <c>{prefix}Attendance</c>, the table the meeting activities write.</summary>
    public static AttendanceStore For(TableServiceClient tables, string tablePrefix)
    {
        ArgumentNullException.ThrowIfNull(tables);
        return new AttendanceStore(tables.GetTableClient(tablePrefix + "Attendance"));
    }

    public async Task RecordAsync(string partnershipId, string seriesId, string date, IReadOnlyList<OrganizationAttendance> organizations, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(organizations);
        await _created.Value;
        foreach (var o in organizations)
        {
            var row = new TableEntity(partnershipId, $"occ|{seriesId}|{date}|{o.OrganizationId}")
            {
                ["Organization"] = o.OrganizationId,
                ["Invited"] = o.Invited,
                ["Attended"] = o.Attended,
                ["Declined"] = o.Declined,
                ["Declines"] = SerializeDeclines(o.Declines ?? []),
            };
            await table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
        }

        foreach (var o in organizations)
        {
            await UpdateTotalAsync(partnershipId, o.OrganizationId, cancellationToken);
        }
    }

    /// <summary>The totals per organization: meetings it was invited to, invitations, attendances.</summary>
    public async Task<IReadOnlyList<OrganizationAttendanceTotal>> ReadTotalsAsync(string partnershipId, CancellationToken cancellationToken = default)
    {
        await _created.Value;
        var totals = new List<OrganizationAttendanceTotal>();
        await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == partnershipId && e.RowKey.CompareTo("org|") >= 0 && e.RowKey.CompareTo("org}") < 0, cancellationToken: cancellationToken))
        {
            totals.Add(new OrganizationAttendanceTotal(row.RowKey[4..], row.GetInt32("Meetings") ?? 0, row.GetInt32("Invited") ?? 0, row.GetInt32("Attended") ?? 0));
        }

        return totals;
    }

    /// <summary>
    /// The rows of one series' occurrences held from <paramref name="from"/> to <paramref name="to"/> (yyyy-MM-dd,
    /// both inclusive), ordered by date and organization.
    /// </summary>
    public async Task<IReadOnlyList<OccurrenceAttendance>> ReadOccurrencesAsync(string partnershipId, string seriesId, string from, string to, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(seriesId);
        await _created.Value;

        // Dates sort as text, and '}' sorts after '|': the range holds exactly the rows of those dates.
        string prefix = $"occ|{seriesId}|";
        string low = prefix + from;
        string high = prefix + to + "}";
        var rows = new List<OccurrenceAttendance>();
        await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == partnershipId && e.RowKey.CompareTo(low) >= 0 && e.RowKey.CompareTo(high) < 0, cancellationToken: cancellationToken))
        {
            string rest = row.RowKey[prefix.Length..];
            int bar = rest.IndexOf('|', StringComparison.Ordinal);
            if (bar < 0)
            {
                continue;
            }

            rows.Add(new OccurrenceAttendance(
                seriesId,
                rest[..bar],
                row.GetString("Organization") ?? rest[(bar + 1)..],
                row.GetInt32("Invited") ?? 0,
                row.GetInt32("Attended") ?? 0,
                row.GetInt32("Declined") ?? 0,
                ReadDeclines(row.GetString("Declines"))));
        }

        return rows;
    }

    /// <summary>
    /// Stores the organizations confirmed present at one held occurrence, replacing an earlier confirmation of it:
    /// the key is the series and date alone, so confirming twice (or a retried request) leaves one confirmation.
    /// </summary>
    public async Task ConfirmPresenceAsync(string partnershipId, PresenceConfirmation confirmation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(confirmation);
        await _created.Value;
        var row = new TableEntity(partnershipId, PresenceKey(confirmation.SeriesId, confirmation.Date))
        {
            ["Organizations"] = JsonSerializer.Serialize(confirmation.Organizations.Distinct(StringComparer.Ordinal).ToList(), Json),
            ["ConfirmedAt"] = confirmation.ConfirmedAt,
        };
        await table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>The presence confirmations of one series' occurrences from <paramref name="from"/> to <paramref name="to"/> (yyyy-MM-dd, both inclusive), by date.</summary>
    public async Task<IReadOnlyList<PresenceConfirmation>> ReadPresenceAsync(string partnershipId, string seriesId, string from, string to, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(seriesId);
        await _created.Value;
        string prefix = $"pres|{seriesId}|";
        string low = prefix + from;
        string high = prefix + to + "}";
        var confirmations = new List<PresenceConfirmation>();
        await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == partnershipId && e.RowKey.CompareTo(low) >= 0 && e.RowKey.CompareTo(high) < 0, cancellationToken: cancellationToken))
        {
            string date = row.RowKey[prefix.Length..];
            if (date.Contains('|', StringComparison.Ordinal))
            {
                continue;
            }

            if (ReadOrganizations(row.GetString("Organizations")) is { } organizations)
            {
                confirmations.Add(new PresenceConfirmation(seriesId, date, organizations, row.GetDateTimeOffset("ConfirmedAt") ?? DateTimeOffset.MinValue));
            }
        }

        return confirmations;
    }

    private static string PresenceKey(string seriesId, string date) => $"pres|{seriesId}|{date}";

    private static List<string>? ReadOrganizations(string? json)
    {
        try
        {
            return string.IsNullOrEmpty(json) ? null : JsonSerializer.Deserialize<List<string>>(json, Json);
        }
        catch (JsonException)
        {
            // Only this class writes the cell. A damaged one reads as not confirmed (the answers count again), not as
            // "nobody was present": wrong figures would be worse than unconfirmed ones.
            return null;
        }
    }

    /// <summary>
    /// The declines as JSON of at most <see cref="MaxDeclinesJsonLength"/> characters: at most 50 entries with comments
    /// of at most 500 characters; when that is still too long (escaping counts), the comments are cut shorter and
    /// shorter, and only when the names alone do not fit are the last entries dropped.
    /// </summary>
    internal static string SerializeDeclines(IReadOnlyList<DeclineComment> declines)
    {
        ArgumentNullException.ThrowIfNull(declines);
        for (int cap = MaxCommentLength; ; cap /= 2)
        {
            var bounded = Bounded(declines, cap);
            string json = JsonSerializer.Serialize(bounded, Json);
            if (json.Length <= MaxDeclinesJsonLength)
            {
                return json;
            }

            if (cap == 0)
            {
                while (bounded.Count > 0)
                {
                    bounded.RemoveAt(bounded.Count - 1);
                    json = JsonSerializer.Serialize(bounded, Json);
                    if (json.Length <= MaxDeclinesJsonLength)
                    {
                        return json;
                    }
                }

                return "[]";
            }
        }
    }

    private static List<DeclineComment> Bounded(IReadOnlyList<DeclineComment> declines, int maxComment)
        => [.. declines.Take(MaxDeclines).Select(d => d.Comment is { } c && c.Length > maxComment ? d with { Comment = Cut(c, maxComment) } : d)];

    private static string? Cut(string comment, int length)
    {
        if (length == 0)
        {
            return null;
        }

        // Never split a surrogate pair: half an emoji is not text.
        if (char.IsHighSurrogate(comment[length - 1]))
        {
            length--;
        }

        return comment[..length] + "…";
    }

    private static List<DeclineComment> ReadDeclines(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return [];
        }

        try
        {
            return JsonSerializer.Deserialize<List<DeclineComment>>(json, Json) ?? [];
        }
        catch (JsonException)
        {
            // A damaged cell loses its comments, not the attendance figures next to it.
            return [];
        }
    }

    private async Task UpdateTotalAsync(string partnershipId, string organizationId, CancellationToken cancellationToken)
    {
        while (true)
        {
            var current = await table.GetEntityIfExistsAsync<TableEntity>(partnershipId, $"org|{organizationId}", cancellationToken: cancellationToken);
            int meetings = 0, invited = 0, attended = 0;
            await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == partnershipId && e.RowKey.CompareTo("occ|") >= 0 && e.RowKey.CompareTo("occ}") < 0, cancellationToken: cancellationToken))
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
                    await table.UpdateEntityAsync(total, current.Value!.ETag, TableUpdateMode.Replace, cancellationToken);
                }
                else
                {
                    await table.AddEntityAsync(total, cancellationToken);
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
