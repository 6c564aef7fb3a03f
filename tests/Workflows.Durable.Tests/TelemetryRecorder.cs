using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Workflows.Durable.Tests;

/// <summary>
/// Subscribes to the engine's ActivitySource and Meter the way an OpenTelemetry exporter would and keeps
/// everything published. Listeners are process-wide and other tests run in parallel, so tests filter what
/// they read by their own unique names (hub, orchestration, activity, instance id).
/// </summary>
internal sealed class TelemetryRecorder : IDisposable
{
    private readonly ActivityListener _spans;
    private readonly MeterListener _meters = new();

    public TelemetryRecorder()
    {
        _spans = new ActivityListener
        {
            ShouldListenTo = source => source.Name == DurableDiagnostics.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = Spans.Add,
        };
        ActivitySource.AddActivityListener(_spans);

        _meters.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == DurableDiagnostics.MeterName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _meters.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Measurements.Add(new Measurement(instrument.Name, value, tags.ToArray())));
        _meters.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Measurements.Add(new Measurement(instrument.Name, value, tags.ToArray())));
        _meters.Start();
    }

    public ConcurrentBag<Activity> Spans { get; } = [];

    public ConcurrentBag<Measurement> Measurements { get; } = [];

    public IReadOnlyList<Activity> SpansOf(string instanceId, string operation) =>
        [.. Spans.Where(span => span.OperationName == operation && (string?)span.GetTagItem(DurableDiagnostics.InstanceIdTag) == instanceId)];

    public IReadOnlyList<Measurement> MeasurementsOf(string instrument, string tag, string value) =>
        [.. Measurements.Where(measurement => measurement.Instrument == instrument && measurement.Tag(tag) == value)];

    public void Dispose()
    {
        _spans.Dispose();
        _meters.Dispose();
    }

    internal sealed record Measurement(string Instrument, double Value, KeyValuePair<string, object?>[] Tags)
    {
        public string? Tag(string key) => Tags.FirstOrDefault(tag => tag.Key == key).Value?.ToString();
    }
}
