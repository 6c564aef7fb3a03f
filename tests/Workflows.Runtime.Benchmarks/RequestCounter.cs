using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Workflows.Runtime.Benchmarks;

/// <summary>
/// Counts the storage requests of one hub's clients: handed to <c>TaskHubSettings.Create</c> as its per-request
/// policy, which puts it in every blob, queue and table client the provider creates (per retry, so retries count).
/// <see cref="Start"/>/<see cref="Stop"/> bound the measured window; <see cref="AllTime"/> counts every request of
/// every counter in the process, for the check against Azurite's own log.
/// </summary>
internal sealed class RequestCounter(RequestKinds kinds) : HttpPipelinePolicy
{
    private static long s_allTime;
    private readonly ConcurrentDictionary<string, long> _byOperation = new(StringComparer.Ordinal);
    private long _count;
    private volatile bool _counting;

    public static long AllTime => Interlocked.Read(ref s_allTime);

    /// <summary>Requests in the current or last window.</summary>
    public long Count => Interlocked.Read(ref _count);

    public IReadOnlyDictionary<string, long> ByOperation => Sorted(_byOperation);

    public IReadOnlyDictionary<string, long> ByService => Sorted(_byOperation
        .GroupBy(p => p.Key.Split(' ')[0], StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Sum(p => p.Value), StringComparer.Ordinal));

    public void Start()
    {
        _byOperation.Clear();
        Interlocked.Exchange(ref _count, 0);
        _counting = true;
    }

    public void Stop() => _counting = false;

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Record(message);
        ProcessNext(message, pipeline);
    }

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Record(message);
        return ProcessNextAsync(message, pipeline);
    }

    private static Dictionary<string, long> Sorted(IEnumerable<KeyValuePair<string, long>> counts)
        => counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
            .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    private void Record(HttpMessage message)
    {
        Interlocked.Increment(ref s_allTime);
        if (!_counting)
        {
            return;
        }

        Interlocked.Increment(ref _count);
        _byOperation.AddOrUpdate(kinds.Classify(message.Request), 1, (_, n) => n + 1);
    }
}
