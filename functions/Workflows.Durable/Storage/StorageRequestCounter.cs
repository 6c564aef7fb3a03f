using Azure.Core;
using Azure.Core.Pipeline;

namespace Workflows.Durable;

/// <summary>
/// Counts every HTTP request the engine sends to Azure Storage (each retry too), so benchmarks can report
/// storage requests per activity: the figure that decides cost and latency on a real account.
/// </summary>
public sealed class StorageRequestCounter
{
    private long _count;

    public long Count => Interlocked.Read(ref _count);

    /// <summary>The task hub whose requests these are: the tag on the storage request metric.</summary>
    internal string Hub { get; init; } = "";

    public void Reset() => Interlocked.Exchange(ref _count, 0);

    internal HttpPipelinePolicy Policy => new CountingPolicy(this);

    private sealed class CountingPolicy(StorageRequestCounter counter) : HttpPipelineSynchronousPolicy
    {
        public override void OnSendingRequest(HttpMessage message)
        {
            Interlocked.Increment(ref counter._count);
            Diagnostics.EngineTelemetry.StorageRequest(counter.Hub, message.Request.Method.Method);
        }
    }
}
