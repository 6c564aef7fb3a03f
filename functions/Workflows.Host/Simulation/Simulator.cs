using System.Globalization;
using Azure.Data.Tables;
using Microsoft.Extensions.Time.Testing;
using NodaTime;
using Workflows.DevStorage;
using Workflows.Durable;
using Workflows.Host.Meetings;
using Workflows.Messaging.Outbox;
using Workflows.Partnerships.Configuration;

namespace Workflows.Host.Simulation;

/// <summary>
/// Runs the real orchestrations on the real engine over a window of time: its own in-memory Azurite, a task hub
/// on a virtual clock, a pull worker, one meeting cycle per series started at <c>from</c>. The clock jumps from
/// timer to timer; between jumps the worker drains (every cycle waits for a time still ahead).
/// </summary>
internal sealed class Simulator(PartnershipConfig config, IResponseSource responses, TextWriter progress)
{
    private const string HubName = "Simulation";

    public async Task<SimulationResult> RunAsync(LocalDate from, LocalDate to, string outputDirectory, CancellationToken cancellationToken = default)
    {
        await using var azurite = await AzuriteProcess.StartAsync(new AzuriteOptions(), cancellationToken).ConfigureAwait(false);
        return await RunAsync(azurite.ConnectionString, HubName, from, to, outputDirectory, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>On a storage account given (tests share one Azurite); the hub and tables are this run's own.</summary>
    public async Task<SimulationResult> RunAsync(string connectionString, string hubName, LocalDate from, LocalDate to, string outputDirectory, CancellationToken cancellationToken = default)
    {
        var zone = DateTimeZoneProviders.Tzdb[config.Partnership.TimeZone];
        var start = zone.AtStartOfDay(from).ToDateTimeOffset();
        var end = zone.AtStartOfDay(to.PlusDays(1)).ToDateTimeOffset();
        var clock = new FakeTimeProvider(start);
        var hub = await DurableTaskHub.CreateAsync(connectionString, hubName, clock, cancellationToken).ConfigureAwait(false);
        var tables = new TableServiceClient(connectionString);
        var gateway = CreateGateway(Path.Combine(outputDirectory, "outbox"), tables, hubName, clock);
        var services = new MeetingServices(gateway, tables, hubName);
        var registry = MeetingWorkflows.Register(new DurableTaskRegistry(), services);
        var client = hub.CreateClient();
        var failures = new List<string>();
        await using (var worker = hub.CreateWorker(registry, new DurableTaskWorkerOptions { MaxPollingDelay = TimeSpan.FromMilliseconds(50), TimerPollInterval = TimeSpan.FromSeconds(1) }))
        {
            await worker.StartAsync(cancellationToken).ConfigureAwait(false);
            var started = await MeetingCycleReconciler.ReconcileAsync(client, null, config, clock, cancellationToken).ConfigureAwait(false);
            await progress.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"simulate: {started.Started.Count} meeting cycles started at {from:yyyy-MM-dd}")).ConfigureAwait(false);

            int month = -1;
            try
            {
                await new VirtualTimeDriver(hub, clock).RunUntilAsync(
                    end,
                    async due =>
                    {
                        var local = Instant.FromDateTimeOffset(due).InZone(zone);
                        if (local.Month != month)
                        {
                            month = local.Month;
                            await progress.WriteLineAsync($"simulate: {local.Date:yyyy-MM}").ConfigureAwait(false);
                        }
                    },
                    cancellationToken).ConfigureAwait(false);
            }
            catch (TimeoutException e)
            {
                failures.Add(e.Message);
            }

            await foreach (var instance in client.GetAllInstancesAsync(new OrchestrationQuery { Statuses = [OrchestrationRuntimeStatus.Failed] }).WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                failures.Add($"{instance.InstanceId}: {instance.FailureDetails?.ErrorMessage}");
            }

            await worker.StopAsync(cancellationToken).ConfigureAwait(false);
        }

        var events = await services.Timeline.ReadAsync(config.Partnership.Id, cancellationToken).ConfigureAwait(false);
        return new SimulationResult([.. events.Where(e => e.At < end)], failures);
    }

    /// <summary>The outbox in <c>&lt;out&gt;/outbox/</c>, records in this run's own table, answers from the responses file.</summary>
    private OutboxGateway CreateGateway(string outboxDirectory, TableServiceClient tables, string hubName, TimeProvider clock) =>
        new(new OutboxOptions(outboxDirectory, tables, hubName + "Outbox"), responses, clock);
}
