using System.Collections.Concurrent;

namespace Workflows.Messaging.Graph;

/// <summary>
/// What this process already did for a key (a mail sent, an event cancelled), so a repeated call answers the same without
/// asking Graph again; bounded, oldest forgotten first.
/// </summary>
/// <remarks>
/// Graph has no idempotency key for sendMail, and a cancelled event disappears from the organizer's calendar (a second
/// cancel finds nothing). The app has no permission to read mail, so this memory is the only check there is: it covers
/// repeats within one process, not a repeat after a restart (see <see cref="GraphMessageGateway.SendMailAsync"/>).
/// </remarks>
internal sealed class RecentOutcomes<T>(int capacity)
{
    private readonly ConcurrentDictionary<string, T> outcomes = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> order = new();

    public bool TryGet(string key, out T outcome) => outcomes.TryGetValue(key, out outcome!);

    public void Remember(string key, T outcome)
    {
        if (!outcomes.TryAdd(key, outcome))
        {
            return;
        }

        order.Enqueue(key);
        while (outcomes.Count > capacity && order.TryDequeue(out var oldest))
        {
            outcomes.TryRemove(oldest, out _);
        }
    }
}
