using System.Runtime.CompilerServices;
using Microsoft.DurableTask.Client;
using Workflows.Messaging;
using Workflows.Orchestrations.Links;
using Workflows.Orchestrations.Meetings;
using Workflows.Orchestrations.Reviews;
using Workflows.Orchestrations.Subsidies;
using Workflows.Orchestrations.Tests.Support;
using Workflows.Testing;

namespace Workflows.Orchestrations.Tests.Resilience;

/// <summary>
/// The reconciler starts a Failed eternal instance again from its last good input: a meeting cycle keeps the
/// coordinators' cancellation ahead and the occurrence it had invited (nobody invited twice), a subsidy round keeps
/// its answers (and is not announced again).
/// </summary>
[Collection("azurite")]
public sealed class FailedInstanceRestartTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_failed_meeting_cycle_is_restarted_with_its_overrides_and_its_invited_occurrence()
    {
        // Planning is pure and is not a step the cycle can pass by: failing it is how a cycle still ends up Failed.
        var planningFails = new StrongBox<bool>(false);
        await using var world = await VirtualWorld.StartAsync(
            azurite,
            TestPartnership.At(2026, 9, 9, 8),
            new ScriptedResponses(ResponseStatus.Accepted),
            FailingActivity.In(MeetingActivityNames.Plan, _ => planningFails.Value, "Planner broken"));
        string id = SeriesSnapshots.InstanceId(TestPartnership.Id, "beraad");
        var config = TestPartnership.Config();
        await MeetingCycleReconciler.ReconcileAsync(world.Client, null, config, world.Clock);
        await world.RunUntilAsync(TestPartnership.At(2026, 9, 23, 9));
        await world.Client.RaiseEventAsync(id, MeetingEvents.OccurrenceCancel, new OccurrenceCancelRequest("2026-11-10", "Studiereis"), world.Token);
        await world.DrainAsync();

        planningFails.Value = true;
        await world.Client.RaiseEventAsync(id, MeetingEvents.ConfigChanged, new ConfigChangedEvent(TestPartnership.Series(config)), world.Token);
        await world.RunUntilAsync(TestPartnership.At(2026, 9, 24, 9));
        Assert.Equal(OrchestrationRuntimeStatus.Failed, (await world.Client.GetInstanceAsync(id, world.Token))!.RuntimeStatus);

        planningFails.Value = false;
        var result = await MeetingCycleReconciler.ReconcileAsync(world.Client, config, config, world.Clock);
        Assert.Equal([id], result.Restarted);
        await world.RunUntilAsync(TestPartnership.At(2026, 11, 18, 12));

        var invited = (await world.TimelineAsync()).Where(e => e.Kind == MeetingEvents.Invited).Select(e => e.Start).ToList();
        Assert.Equal([TestPartnership.At(2026, 10, 13, 15), TestPartnership.At(2026, 12, 8, 15)], invited);
        Assert.Equal(OrchestrationRuntimeStatus.Running, (await world.Client.GetInstanceAsync(id, world.Token))!.RuntimeStatus);
    }

    [Fact]
    public async Task A_meeting_cycle_that_failed_after_inviting_invites_nobody_twice()
    {
        await using var world = await VirtualWorld.StartAsync(azurite, TestPartnership.At(2026, 9, 9, 8), new ScriptedResponses(ResponseStatus.Accepted));
        string id = SeriesSnapshots.InstanceId(TestPartnership.Id, "beraad");
        var config = TestPartnership.Config();
        await MeetingCycleReconciler.ReconcileAsync(world.Client, null, config, world.Clock);
        await world.RunUntilAsync(TestPartnership.At(2026, 9, 23, 9));
        var before = await world.TimelineAsync();
        Assert.Single(before, e => e.Kind == MeetingEvents.Invited);
        Assert.DoesNotContain(before, e => e.Kind == MeetingEvents.Reminded);

        // An event the cycle cannot read ends the execution that sent the invitation Failed (the edge refuses these;
        // this one is raised past it): the invitation is in that execution's history, not in its input.
        await world.Client.RaiseEventAsync(id, MeetingEvents.ConfigChanged, 42, world.Token);
        await world.DrainAsync();
        Assert.Equal(OrchestrationRuntimeStatus.Failed, (await world.Client.GetInstanceAsync(id, world.Token))!.RuntimeStatus);

        var result = await MeetingCycleReconciler.ReconcileAsync(world.Client, config, config, world.Clock);
        Assert.Equal([id], result.Restarted);
        await world.RunUntilAsync(TestPartnership.At(2026, 10, 14, 12));

        var timeline = await world.TimelineAsync();
        Assert.Equal([TestPartnership.At(2026, 10, 13, 15)], timeline.Where(e => e.Kind == MeetingEvents.Invited).Select(e => e.Start));
        Assert.All(
            timeline.Where(e => e.Kind is MeetingEvents.AgendaRequested or MeetingEvents.Reminded or MeetingEvents.Updated).GroupBy(e => (e.Kind, e.Start)),
            g => Assert.Single(g));

        // One calendar event in the outbox: the invited meeting got no second one.
        var events = Directory.GetFiles(world.Services.Outbox, "*.ics")
            .Select(File.ReadAllLines)
            .Where(lines => lines.Contains("METHOD:REQUEST"))
            .Select(lines => lines.Single(l => l.StartsWith("UID:", StringComparison.Ordinal)))
            .Distinct()
            .Count();
        Assert.Equal(1, events);
        Assert.Equal(OrchestrationRuntimeStatus.Running, (await world.Client.GetInstanceAsync(id, world.Token))!.RuntimeStatus);
    }

    [Fact]
    public async Task A_meeting_cycle_keeps_the_cancel_its_failed_execution_received_but_never_acted_on()
    {
        var planningFails = new StrongBox<bool>(false);
        await using var world = await VirtualWorld.StartAsync(
            azurite,
            TestPartnership.At(2026, 9, 9, 8),
            new ScriptedResponses(ResponseStatus.Accepted),
            FailingActivity.In(MeetingActivityNames.Plan, _ => planningFails.Value, "Planner broken"));
        string id = SeriesSnapshots.InstanceId(TestPartnership.Id, "beraad");
        var config = TestPartnership.Config();
        await MeetingCycleReconciler.ReconcileAsync(world.Client, null, config, world.Clock);
        await world.RunUntilAsync(TestPartnership.At(2026, 9, 23, 9));

        // The cancel arrives while the execution retries its planning: it waits for nothing, so it only records the
        // cancel, and then fails.
        planningFails.Value = true;
        await world.Client.RaiseEventAsync(id, MeetingEvents.ConfigChanged, new ConfigChangedEvent(TestPartnership.Series(config)), world.Token);
        await world.DrainAsync();
        await world.Client.RaiseEventAsync(id, MeetingEvents.OccurrenceCancel, new OccurrenceCancelRequest("2026-11-10", "Studiereis"), world.Token);
        await world.DrainAsync();
        await world.RunUntilAsync(TestPartnership.At(2026, 9, 24, 9));
        Assert.Equal(OrchestrationRuntimeStatus.Failed, (await world.Client.GetInstanceAsync(id, world.Token))!.RuntimeStatus);

        planningFails.Value = false;
        var result = await MeetingCycleReconciler.ReconcileAsync(world.Client, config, config, world.Clock);
        Assert.Equal([id], result.Restarted);
        await world.RunUntilAsync(TestPartnership.At(2026, 11, 18, 12));

        var timeline = await world.TimelineAsync();
        var invited = timeline.Where(e => e.Kind == MeetingEvents.Invited).Select(e => e.Start).ToList();
        Assert.Equal([TestPartnership.At(2026, 10, 13, 15), TestPartnership.At(2026, 12, 8, 15)], invited);
        Assert.Contains(timeline, e => e.Kind == MeetingEvents.Cancelled && e.Date == "2026-11-10");
        Assert.Equal(OrchestrationRuntimeStatus.Running, (await world.Client.GetInstanceAsync(id, world.Token))!.RuntimeStatus);
    }

    [Fact]
    public async Task A_failed_subsidy_round_is_restarted_with_its_answers_and_not_announced_again()
    {
        await using var world = await VirtualWorld.StartAsync(azurite, TestPartnership.At(2027, 2, 1, 8), new ScriptedResponses(ResponseStatus.None));
        string id = SubsidyRoundSnapshots.InstanceId(TestPartnership.Id, "techniek-2027");
        var config = TestPartnership.Config();
        await SubsidyRoundReconciler.ReconcileAsync(world.Client, null, config, world.Clock);
        await world.RunUntilAsync(TestPartnership.At(2027, 3, 2, 10));
        await world.Client.RaiseEventAsync(id, SubsidyEvents.Action, new ActionLinkEvent(SubsidyEvents.Applying, "dirk", world.Clock.GetUtcNow()), world.Token);
        await world.DrainAsync();

        // An event the round cannot read ends it Failed (the edge refuses these; this one is raised past it).
        await world.Client.RaiseEventAsync(id, SubsidyEvents.DeadlineChanged, 42, world.Token);
        await world.DrainAsync();
        Assert.Equal(OrchestrationRuntimeStatus.Failed, (await world.Client.GetInstanceAsync(id, world.Token))!.RuntimeStatus);

        var result = await SubsidyRoundReconciler.ReconcileAsync(world.Client, config, config, world.Clock);
        Assert.Equal([id], result.Restarted);
        await world.DrainAsync();

        // The application is known after the restart: "not for us" now withdraws it.
        await world.Client.RaiseEventAsync(id, SubsidyEvents.Action, new ActionLinkEvent(SubsidyEvents.Declined, "dirk", world.Clock.GetUtcNow()), world.Token);
        await world.RunUntilAsync(TestPartnership.At(2027, 3, 16, 1));

        var timeline = await world.TimelineAsync();
        Assert.Single(timeline, e => e.Kind == SubsidyEvents.Announced);
        Assert.Single(timeline, e => e.Kind == SubsidyEvents.ApplicationWithdrawn);
        var closed = Assert.Single(timeline, e => e.Kind == SubsidyEvents.Closed);
        Assert.StartsWith("aanvraag: 0, niet voor ons: 1", closed.Reason, StringComparison.Ordinal);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, (await world.Client.GetInstanceAsync(id, world.Token))!.RuntimeStatus);
    }

    [Fact]
    public async Task A_failed_bestuur_talk_is_restarted_with_the_event_it_sent_and_invites_nobody_twice()
    {
        await using var world = await VirtualWorld.StartAsync(azurite, TestPartnership.At(2027, 1, 15, 8), new ScriptedResponses(ResponseStatus.None));
        string id = ConvenantSnapshots.InstanceId(TestPartnership.Id, "a-x");
        var config = TestPartnership.Config();
        var convenant = TestPartnership.Convenant(config);
        var talk = ReviewSchedule.TalkDate(convenant, 2027);
        await ConvenantReviewReconciler.ReconcileAsync(world.Client, null, config);
        await world.RunUntilAsync(ReviewSchedule.ReminderAt(convenant, talk).AddDays(-1));

        await world.Client.RaiseEventAsync(id, ReviewEvents.ConfigChanged, 42, world.Token);
        await world.DrainAsync();
        Assert.Equal(OrchestrationRuntimeStatus.Failed, (await world.Client.GetInstanceAsync(id, world.Token))!.RuntimeStatus);

        var result = await ConvenantReviewReconciler.ReconcileAsync(world.Client, config, config);
        Assert.Equal([id], result.Restarted);
        await world.RunUntilAsync(ReviewSchedule.ReminderAt(convenant, talk).AddHours(1));

        var kinds = (await world.TimelineAsync()).Select(e => e.Kind).ToList();
        Assert.Equal([ReviewEvents.Invited, ReviewEvents.Reminded], kinds);
        Assert.Equal(OrchestrationRuntimeStatus.Running, (await world.Client.GetInstanceAsync(id, world.Token))!.RuntimeStatus);
    }
}
