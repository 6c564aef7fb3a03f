using System.Diagnostics.Metrics;

namespace Workflows.Messaging.Graph;

/// <summary>Counts Graph calls under the <c>Workflows.Messaging</c> meter; tags carry the request's shape, never addresses.</summary>
internal static class GraphMetrics
{
    internal const string MeterName = "Workflows.Messaging";

    private static readonly Meter Meter = new(MeterName);

    /// <summary>Every HTTP attempt sent to Graph (retries count separately).</summary>
    internal static readonly Counter<long> Requests = Meter.CreateCounter<long>("workflows.messaging.graph.requests", unit: "{request}", description: "HTTP requests sent to Microsoft Graph, retries included.");

    /// <summary>Attempts Graph answered with 429.</summary>
    internal static readonly Counter<long> Throttled = Meter.CreateCounter<long>("workflows.messaging.graph.throttled", unit: "{request}", description: "Microsoft Graph requests answered with 429 Too Many Requests.");

    /// <summary>Attempts that failed: 4xx/5xx answers or no answer at all.</summary>
    internal static readonly Counter<long> Failures = Meter.CreateCounter<long>("workflows.messaging.graph.failures", unit: "{request}", description: "Microsoft Graph requests that failed (error status or no answer).");
}
