using System.Diagnostics.Metrics;

namespace Workflows.Messaging.Tests.Graph;

/// <summary>Sums what the <c>Workflows.Messaging</c> meter records while it lives, per instrument name.</summary>
internal sealed class GraphMeterRecorder : IDisposable
{
    private readonly MeterListener listener = new();
    private readonly Dictionary<string, long> totals = new(StringComparer.Ordinal);

    public GraphMeterRecorder()
    {
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == "Workflows.Messaging")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) =>
        {
            lock (totals)
            {
                totals[instrument.Name] = totals.GetValueOrDefault(instrument.Name) + value;
            }
        });
        listener.Start();
    }

    public long Total(string instrument)
    {
        lock (totals)
        {
            return totals.GetValueOrDefault(instrument);
        }
    }

    public void Dispose() => listener.Dispose();
}
