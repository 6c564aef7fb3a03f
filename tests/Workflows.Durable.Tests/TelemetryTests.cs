using System.Diagnostics;
using Workflows.Testing;
using D = Workflows.Durable.DurableDiagnostics;

namespace Workflows.Durable.Tests;

public sealed class TelemetryTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private const string Mailbox = "jan.jansen@example.nl";

    [Fact]
    public async Task Orchestration_with_two_activities_yields_turn_and_activity_spans_and_counts()
    {
        using var recorder = new TelemetryRecorder();
        string suffix = Guid.NewGuid().ToString("N")[..8];
        string orchestration = "Invite" + suffix, lookup = "Lookup" + suffix, compose = "Compose" + suffix;
        await using var engine = await EngineHarness.StartAsync(azurite, r => r
            .AddActivityFunc<string, string>(lookup, (_, mailbox) => mailbox.ToUpperInvariant())
            .AddActivityFunc<string, string>(compose, (_, mailbox) => $"Beste {mailbox}")
            .AddOrchestratorFunc<string, string>(orchestration, async (ctx, mailbox) =>
                await ctx.CallActivityAsync<string>(compose, await ctx.CallActivityAsync<string>(lookup, mailbox))));

        var result = await engine.RunAsync(orchestration, Mailbox, instanceId: "telemetry-" + suffix);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, result.RuntimeStatus);

        // A turn's span ends after its commit is visible to the client: wait for the last one.
        var turns = await EventuallyAsync(() => recorder.SpansOf(result.InstanceId, D.TurnSpan),
            spans => spans.Count(span => Outcome(span) == "committed") >= 3
                && Sum(recorder.MeasurementsOf(D.TurnsMetric, D.OrchestrationTag, orchestration), "committed") == spans.Count(span => Outcome(span) == "committed"));
        var activities = await EventuallyAsync(() => recorder.SpansOf(result.InstanceId, D.ActivitySpan), spans => spans.Count >= 2);

        // One turn starts the instance, one takes each activity result (the last completes it).
        var committed = turns.Where(span => Outcome(span) == "committed").ToList();
        Assert.All(committed, span => Assert.Equal(orchestration, span.GetTagItem(D.OrchestrationTag)));
        Assert.All(turns, span => Assert.Contains(Outcome(span), new[] { "committed", "unchanged" }));

        Assert.Equal(new[] { compose, lookup }, activities.Select(span => (string?)span.GetTagItem(D.ActivityTag)).Order());
        Assert.All(activities, span =>
        {
            Assert.Equal("completed", Outcome(span));
            Assert.Equal(ActivityStatusCode.Unset, span.Status);
            Assert.NotNull(span.GetTagItem(D.TaskIdTag));
        });

        Assert.Single(recorder.MeasurementsOf(D.ActivityDurationMetric, D.ActivityTag, lookup), m => m.Tag(D.OutcomeTag) == "completed" && m.Value >= 0);
        Assert.Single(recorder.MeasurementsOf(D.ActivityDurationMetric, D.ActivityTag, compose), m => m.Tag(D.OutcomeTag) == "completed" && m.Value >= 0);
        Assert.Equal(turns.Count, recorder.MeasurementsOf(D.TurnDurationMetric, D.OrchestrationTag, orchestration).Count);
        Assert.Empty(recorder.MeasurementsOf(D.FailuresMetric, D.OrchestrationTag, orchestration));

        // Every storage request the hub's counter saw was also published (the counter counts first).
        double published = recorder.MeasurementsOf(D.StorageRequestsMetric, D.HubTag, engine.Hub.Name).Sum(m => m.Value);
        Assert.InRange(published, 1, engine.Hub.RequestCounter.Count);

        // Inputs and outputs hold personal data: no tag may carry them.
        var tagValues = turns.Concat(activities).SelectMany(span => span.TagObjects).Select(tag => tag.Value?.ToString() ?? "")
            .Concat(recorder.Measurements.SelectMany(m => m.Tags).Select(tag => tag.Value?.ToString() ?? ""));
        Assert.DoesNotContain(tagValues, value => value.Contains(Mailbox, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Failing_activity_is_counted_and_marked_on_its_span()
    {
        using var recorder = new TelemetryRecorder();
        string suffix = Guid.NewGuid().ToString("N")[..8];
        string orchestration = "Fragile" + suffix, activity = "Explode" + suffix;
        await using var engine = await EngineHarness.StartAsync(azurite, r => r
            .AddActivityFunc<string, string>(activity, string (_, mailbox) => throw new InvalidOperationException($"cannot reach {mailbox}"))
            .AddOrchestratorFunc<string, string>(orchestration, (ctx, mailbox) => ctx.CallActivityAsync<string>(activity, mailbox)));

        var result = await engine.RunAsync(orchestration, Mailbox, instanceId: "telemetry-" + suffix);
        Assert.Equal(OrchestrationRuntimeStatus.Failed, result.RuntimeStatus);

        var span = Assert.Single(await EventuallyAsync(() => recorder.SpansOf(result.InstanceId, D.ActivitySpan), spans => spans.Count >= 1));
        Assert.Equal("failed", Outcome(span));
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        Assert.DoesNotContain(Mailbox, span.StatusDescription ?? "", StringComparison.Ordinal);
        var failure = Assert.Single(recorder.MeasurementsOf(D.FailuresMetric, D.ActivityTag, activity));
        Assert.Equal("activity", failure.Tag(D.KindTag));
        Assert.Single(recorder.MeasurementsOf(D.ActivityDurationMetric, D.ActivityTag, activity), m => m.Tag(D.OutcomeTag) == "failed");
    }

    [Fact]
    public async Task Unreadable_message_is_counted_as_poison_for_its_hub()
    {
        using var recorder = new TelemetryRecorder();
        await using var engine = await EngineHarness.StartAsync(azurite, _ => { });

        await engine.Hub.Storage.ControlQueue.SendMessageAsync("{ not an engine message");

        var poison = await EventuallyAsync(() => recorder.MeasurementsOf(D.PoisonMessagesMetric, D.HubTag, engine.Hub.Name), found => found.Count >= 1);
        Assert.Equal("unreadable", Assert.Single(poison).Tag(D.KindTag));
    }

    private static string? Outcome(Activity span) => (string?)span.GetTagItem(D.OutcomeTag);

    private static double Sum(IEnumerable<TelemetryRecorder.Measurement> measurements, string outcome) =>
        measurements.Where(m => m.Tag(D.OutcomeTag) == outcome).Sum(m => m.Value);

    /// <summary>Polls until <paramref name="done"/> holds (telemetry of a finished turn trails its visible effect).</summary>
    private static async Task<T> EventuallyAsync<T>(Func<T> read, Func<T, bool> done)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var value = read();
            if (done(value))
            {
                return value;
            }

            await Task.Delay(20, patience.Token);
        }
    }
}
