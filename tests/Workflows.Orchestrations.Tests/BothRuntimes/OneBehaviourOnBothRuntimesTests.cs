using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using NodaTime;
using Workflows.Messaging;
using Workflows.Orchestrations.Links;
using Workflows.Orchestrations.Meetings;
using Workflows.Orchestrations.Subsidies;
using Workflows.Orchestrations.Tests.Support;
using Workflows.Orchestrations.Timeline;
using Workflows.Partnerships.Configuration;
using Workflows.Runtime;
using Workflows.Runtime.AzureStorage;
using Workflows.Testing;
using Workflows.Runtime.VirtualTime;
using Microsoft.Extensions.Time.Testing;

namespace Workflows.Orchestrations.Tests.BothRuntimes;

/// <summary>
/// The same scenario on the virtual-time runtime and on DTFx's Azure Storage provider in real time against Azurite:
/// a meeting series compressed into half a minute (real MeetingCycle, <see cref="CompressedPlanner"/>) and a subsidy
/// round answered through a link and closed by a deadline moved into the past (real SubsidyRound). Both must leave the
/// same timeline: the local runtime is only worth its speed if it behaves as the one in Azure.
/// </summary>
[Collection("azurite")]
public sealed class OneBehaviourOnBothRuntimesTests(AzuriteFixture azurite)
{
    private static readonly string MeetingId = SeriesSnapshots.InstanceId(TestPartnership.Id, "beraad");
    private static readonly string RoundId = SubsidyRoundSnapshots.InstanceId(TestPartnership.Id, "techniek-2027");

    private static readonly ScriptedResponses Responses =
        new(ResponseStatus.Accepted, new Dictionary<string, ResponseStatus> { ["bart@vmbo-b.example"] = ResponseStatus.None });

    [Fact]
    public async Task A_compressed_meeting_and_an_answered_subsidy_round_leave_the_same_timeline_on_both_runtimes()
    {
        var virtualRun = await RunVirtualAsync();
        var azureRun = await RunOnAzureStorageAsync();

        Assert.Equal(
            [
                "meeting.agenda-requested coco@proef.example",
                "meeting.invited coco@proef.example anna@vmbo-a.example bart@vmbo-b.example xena@mbo-x.example yuri@mbo-y.example",
                "meeting.reminded bart@vmbo-b.example",
                "meeting.confirmed coco@proef.example anna@vmbo-a.example bart@vmbo-b.example xena@mbo-x.example yuri@mbo-y.example",
                "meeting.held",
            ],
            virtualRun.Meeting);
        Assert.Equal(
            [SubsidyEvents.Announced, SubsidyEvents.Acknowledged, SubsidyEvents.ApplicationShared, SubsidyEvents.Rescheduled, SubsidyEvents.Closed],
            virtualRun.Subsidy.Select(line => line.Split(' ')[0]));
        Assert.Equal(virtualRun.Meeting, azureRun.Meeting);
        Assert.Equal(virtualRun.Subsidy, azureRun.Subsidy);
    }

    [Theory]
    [InlineData(2026, 12, 17, 19)] // the last working days before Christmas, the holiday, the first working days after
    [InlineData(2027, 3, 26, 4)] // the change to summer time
    public void The_round_can_be_placed_at_every_other_hour_of_a_period(int year, int month, int day, int days)
    {
        // The real-time run happens whenever CI runs: in working hours, the hour before 09:00, evenings, weekends and
        // school holidays. Every other half past: 08:30 (the hour before the announcement would go out), 16:30, 18:30.
        var from = TestPartnership.At(year, month, day, 0, 30);
        for (var at = from; at < from.AddDays(days); at = at.AddHours(2))
        {
            var round = RoundAt(at);
            Assert.Equal(at, SubsidySchedule.AnnounceAt(round, at));
            Assert.True(SubsidySchedule.DeadlineAt(round) - at >= TimeSpan.FromHours(1), $"{at:O}: deadline {round.Deadline} {round.DeadlineTime}");
        }
    }

    private async Task<Outcome> RunVirtualAsync()
    {
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        string hub = "v" + Guid.NewGuid().ToString("N")[..12];
        await using var services = new WorkflowServices(azurite.ConnectionString, hub, Responses, clock);
        await using var runtime = new VirtualTimeRuntime(hub, clock, Options(services));
        await runtime.StartAsync(guard.Token);

        // Nothing happens between the virtual clock's jumps: drain, then jump to the next timer until the condition holds.
        async Task Until(Func<IReadOnlyList<TimelineEvent>, bool> done)
        {
            await runtime.DrainAsync(guard.Token);
            while (!done(await services.TimelineAsync(guard.Token)))
            {
                var due = runtime.NextTimerDue ?? throw new InvalidOperationException("Nothing left to run, and the timeline is not there yet.");
                await runtime.RunUntilAsync(due, cancellationToken: guard.Token);
            }
        }

        return await ScenarioAsync(runtime.Client, clock, services, Until, guard.Token);
    }

    private async Task<Outcome> RunOnAzureStorageAsync()
    {
        // Hang guard only: the scenario takes about half a minute of real time.
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        string hub = "a" + Guid.NewGuid().ToString("N")[..12];
        await using var services = new WorkflowServices(azurite.ConnectionString, hub, Responses, TimeProvider.System);
        var settings = TaskHubSettings.Create(StorageAccount.FromConnectionString(azurite.ConnectionString), hub, TaskHubTuning.Tuned, Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance);

        // An idle test worker must notice new work (and fired timers) quickly.
        settings.MaxQueuePollingInterval = TimeSpan.FromSeconds(1);
        var runtime = new AzureStorageRuntime(settings, Options(services));
        try
        {
            await runtime.StartAsync(guard.Token);

            // Real time passes by itself: poll the timeline until the condition holds.
            async Task Until(Func<IReadOnlyList<TimelineEvent>, bool> done)
            {
                while (!done(await services.TimelineAsync(guard.Token)))
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(250), guard.Token);
                }
            }

            return await ScenarioAsync(runtime.Client, TimeProvider.System, services, Until, guard.Token);
        }
        finally
        {
            await runtime.DeleteAsync(CancellationToken.None);
            await runtime.DisposeAsync();
        }
    }

    private static WorkflowRuntimeOptions Options(WorkflowServices services)
    {
        var planner = new CompressedPlanner();
        return new(Registries.With((name, factory) => name == MeetingActivityNames.Plan ? planner.Activity : factory), services.Container)
        {
            DataConverter = WorkflowJson.Converter,
        };
    }

    private static async Task<Outcome> ScenarioAsync(
        DurableTaskClient client, TimeProvider clock, WorkflowServices services, Func<Func<IReadOnlyList<TimelineEvent>, bool>, Task> until, CancellationToken cancellationToken)
    {
        var round = RoundAt(clock.GetUtcNow());
        await MeetingWorkflows.StartAsync(client, TestPartnership.Series(), CompressedPlanner.After, cancellationToken);
        await SubsidyWorkflows.StartAsync(client, round, cancellationToken);

        // Events wait for the announcement: on Azure Storage an event raised before the instance exists can be lost.
        await until(t => t.Any(e => e.Kind == SubsidyEvents.Announced));
        await client.RaiseEventAsync(RoundId, SubsidyEvents.Action, new ActionLinkEvent(SubsidyEvents.Applying, "dirk", clock.GetUtcNow()), cancellationToken);
        await until(t => t.Any(e => e.Kind == SubsidyEvents.Acknowledged));
        string yesterday = Format(Instant.FromDateTimeOffset(clock.GetUtcNow()).InZone(DateTimeZoneProviders.Tzdb[round.TimeZone]).Date.PlusDays(-1));
        await client.RaiseEventAsync(RoundId, SubsidyEvents.DeadlineChanged, new DeadlineChange(yesterday, "Budget op"), cancellationToken);
        await until(t => t.Any(e => e.Kind == SubsidyEvents.Closed) && t.Any(e => e.Kind == MeetingEvents.Held));

        // The series ends after its one occurrence; both instances complete, so no step is still under way.
        foreach (string id in new[] { MeetingId, RoundId })
        {
            var done = await client.WaitForInstanceCompletionAsync(id, cancellationToken);
            Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        }

        var timeline = await services.TimelineAsync(cancellationToken);
        return new Outcome(
            timeline.Where(e => e.Workflow == MeetingEvents.Workflow).KindsAndRecipients(),
            timeline.Where(e => e.Workflow == SubsidyEvents.Workflow).KindsAndRecipients());
    }

    /// <summary>
    /// The configured round, placed so that it is announced at once at <paramref name="now"/>, with no reminder ahead
    /// and a deadline at least an hour away, so only the scenario's events move it. The announcement waits for working
    /// hours (09:00–17:00 on a working day) unless that wait reaches the deadline, and the Azure Storage run cannot wait
    /// for a real morning. So: in Amsterdam with the deadline today or tomorrow when it is working hours there; else
    /// with the deadline at the 09:00 the announcement would wait for (evenings, weekends, school holidays); else (the
    /// hour before 09:00) in a zone where it is working hours. The real <see cref="SubsidySchedule"/> checks each
    /// candidate, so the test does not depend on the hour it runs at.
    /// </summary>
    internal static SubsidyRoundSnapshot RoundAt(DateTimeOffset now)
    {
        var configured = TestPartnership.Round();
        var zones = Enumerable.Range(-12, 27)
            .Select(n => DateTimeZoneProviders.Tzdb[n == 0 ? "Etc/GMT" : n > 0 ? $"Etc/GMT-{n}" : $"Etc/GMT+{-n}"])
            .Prepend(TestPartnership.Amsterdam);
        var candidates = zones.SelectMany(zone =>
        {
            var local = Instant.FromDateTimeOffset(now).InZone(zone).LocalDateTime;
            var inZone = configured with { TimeZone = zone.Id };
            var nearDeadline = inZone with { Deadline = Format(local.TimeOfDay < SubsidySchedule.ReminderTime ? local.Date : local.Date.PlusDays(1)) };
            var waitsFor = SubsidySchedule.AnnounceAt(inZone with { Deadline = Format(local.Date.PlusYears(1)) }, now);
            var atThatMorning = inZone with
            {
                Deadline = Format(Instant.FromDateTimeOffset(waitsFor).InZone(zone).Date),
                DeadlineTime = SubsidyDeadline.FormatTime(SubsidySchedule.ReminderTime),
            };
            return new[] { nearDeadline, atThatMorning };
        });

        return candidates.First(round =>
            SubsidySchedule.AnnounceAt(round, now) == now
            && SubsidySchedule.DeadlineAt(round) - now >= TimeSpan.FromHours(1)
            && SubsidySchedule.Reminders(round).All(reminder => reminder.At <= now));
    }

    private static string Format(NodaTime.LocalDate date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private sealed record Outcome(List<string> Meeting, List<string> Subsidy);
}
