using Workflows.Messaging.Outbox;
using Workflows.Orchestrations.Timeline;

namespace Workflows.Host.Simulation;

/// <summary>
/// Which outbox files each timeline event sent. A step records its event under its idempotency key and sends with
/// that key, or with one below it when it sends several messages (<c>{key}/{person}</c>, <c>{key}/event</c>,
/// <c>{key}/notice</c>); a message belongs to the event with the longest key that is its own or above it, so a
/// notice recorded as an event of its own (<c>{key}/notice</c>) is not also counted under <c>{key}</c>.
/// </summary>
internal static class TimelineFiles
{
    /// <summary>The outbox's directory inside the output directory, and the first segment of every file path.</summary>
    public const string OutboxDirectory = "outbox";

    public static IReadOnlyDictionary<TimelineEvent, IReadOnlyList<string>> Match(IReadOnlyList<TimelineEntry> entries, IReadOnlyList<OutboxRecord> records)
    {
        var byKey = new Dictionary<string, TimelineEvent>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            byKey.TryAdd(entry.Key, entry.Event);
        }

        var files = new Dictionary<TimelineEvent, List<string>>(ReferenceEqualityComparer.Instance);
        foreach (var record in records.OrderBy(r => r.FileName, StringComparer.Ordinal))
        {
            // Compared as the timeline stores keys ('/' is '|' there).
            string key = TimelineStore.KeyOf(record.IdempotencyKey);
            while (true)
            {
                if (byKey.TryGetValue(key, out var owner))
                {
                    if (!files.TryGetValue(owner, out var list))
                    {
                        files[owner] = list = [];
                    }

                    list.Add($"{OutboxDirectory}/{record.FileName}");
                    break;
                }

                int cut = key.LastIndexOf('|');
                if (cut <= 0)
                {
                    break;
                }

                key = key[..cut];
            }
        }

        var result = new Dictionary<TimelineEvent, IReadOnlyList<string>>(ReferenceEqualityComparer.Instance);
        foreach (var (owner, list) in files)
        {
            result[owner] = list;
        }

        return result;
    }
}
