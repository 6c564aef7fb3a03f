using System.Diagnostics;
using System.Diagnostics.Metrics;
using D = Workflows.Durable.DurableDiagnostics;

namespace Workflows.Durable.Diagnostics;

/// <summary>
/// The engine's instruments. Static like the ActivitySource/Meter guidance asks: listeners subscribe by name,
/// and with none subscribed every call here costs a flag check. Instance ids go on spans only: as metric
/// tags they would make a time series per instance.
/// </summary>
internal static class EngineTelemetry
{
    public const string Committed = "committed";
    public const string Unchanged = "unchanged";
    public const string Failed = "failed";
    public const string Abandoned = "abandoned";
    public const string Completed = "completed";
    public const string NotFound = "not-found";

    private static readonly ActivitySource Source = new(D.ActivitySourceName);
    private static readonly Meter Meter = new(D.MeterName);

    private static readonly Counter<long> Turns = Meter.CreateCounter<long>(D.TurnsMetric, "{turn}", "Orchestration turns run.");
    private static readonly Histogram<double> TurnDuration = Meter.CreateHistogram<double>(D.TurnDurationMetric, "s", "Duration of orchestration turns.");
    private static readonly Histogram<double> ActivityDuration = Meter.CreateHistogram<double>(D.ActivityDurationMetric, "s", "Duration of activity executions.");
    private static readonly Counter<long> Failures = Meter.CreateCounter<long>(D.FailuresMetric, "{failure}", "Failed turns and activities.");
    private static readonly Counter<long> PoisonMessages = Meter.CreateCounter<long>(D.PoisonMessagesMetric, "{message}", "Messages given up on after too many deliveries, or unreadable.");
    private static readonly Counter<long> StorageRequests = Meter.CreateCounter<long>(D.StorageRequestsMetric, "{request}", "HTTP requests sent to Azure Storage.");

    public static Activity? StartTurn(string instanceId)
    {
        var span = Source.StartActivity(D.TurnSpan, ActivityKind.Internal);
        span?.SetTag(D.InstanceIdTag, instanceId);
        return span;
    }

    public static void TurnEnded(Activity? span, string? orchestration, string outcome, TimeSpan elapsed)
    {
        var tags = new TagList { { D.OrchestrationTag, orchestration }, { D.OutcomeTag, outcome } };
        Turns.Add(1, tags);
        TurnDuration.Record(elapsed.TotalSeconds, tags);
        if (outcome == Failed)
        {
            Failures.Add(1, new KeyValuePair<string, object?>(D.KindTag, "turn"), new KeyValuePair<string, object?>(D.OrchestrationTag, orchestration));
        }

        if (span is not null)
        {
            span.SetTag(D.OrchestrationTag, orchestration);
            span.SetTag(D.OutcomeTag, outcome);
            if (outcome == Failed)
            {
                // No exception message: it may quote inputs.
                span.SetStatus(ActivityStatusCode.Error, "turn failed");
            }
        }
    }

    public static Activity? StartActivity(string instanceId, string activity, int taskId)
    {
        var span = Source.StartActivity(D.ActivitySpan, ActivityKind.Internal);
        span?.SetTag(D.InstanceIdTag, instanceId);
        span?.SetTag(D.ActivityTag, activity);
        span?.SetTag(D.TaskIdTag, taskId);
        return span;
    }

    public static void ActivityEnded(Activity? span, string activity, string outcome, TimeSpan elapsed)
    {
        var tags = new TagList { { D.ActivityTag, activity }, { D.OutcomeTag, outcome } };
        ActivityDuration.Record(elapsed.TotalSeconds, tags);
        if (outcome is Failed or NotFound)
        {
            Failures.Add(1, new KeyValuePair<string, object?>(D.KindTag, "activity"), new KeyValuePair<string, object?>(D.ActivityTag, activity));
        }

        if (span is not null)
        {
            span.SetTag(D.OutcomeTag, outcome);
            if (outcome is Failed or NotFound)
            {
                span.SetStatus(ActivityStatusCode.Error, "activity failed");
            }
        }
    }

    /// <summary>Kind: control, activity or unreadable.</summary>
    public static void PoisonMessage(string hub, string kind) =>
        PoisonMessages.Add(1, new KeyValuePair<string, object?>(D.HubTag, hub), new KeyValuePair<string, object?>(D.KindTag, kind));

    public static void StorageRequest(string hub, string method) =>
        StorageRequests.Add(1, new KeyValuePair<string, object?>(D.HubTag, hub), new KeyValuePair<string, object?>("http.request.method", method));
}
