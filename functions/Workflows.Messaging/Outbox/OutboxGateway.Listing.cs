namespace Workflows.Messaging.Outbox;

public sealed partial class OutboxGateway
{
    /// <summary>Every message the outbox holds, oldest first (by recorded time, then file name).</summary>
    public async Task<IReadOnlyList<OutboxRecord>> ListAsync(CancellationToken cancellationToken = default)
    {
        var records = await _table.ListRecordsAsync(cancellationToken).ConfigureAwait(false);
        return records.OrderBy(r => r.At).ThenBy(r => r.FileName, StringComparer.Ordinal).ToList();
    }

    /// <summary>The latest version of an event, or null when the outbox never made it.</summary>
    public async Task<CalendarEventSnapshot?> GetEventAsync(string eventId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(eventId);
        var found = await _table.GetEventAsync(eventId, cancellationToken).ConfigureAwait(false);
        return found?.State.ToSnapshot();
    }

    /// <summary>The full path of a record's file.</summary>
    public string GetPath(OutboxRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return GetPath(record.FileName);
    }

    /// <summary>The full path of a file in the output directory.</summary>
    public string GetPath(string fileName) => Path.Combine(_options.OutputDirectory, fileName);
}
