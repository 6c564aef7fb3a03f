using Microsoft.DurableTask.Client;
using Workflows.Messaging;
using Workflows.Messaging.Outbox;
using Workflows.Orchestrations.Meetings;
using Workflows.Orchestrations.Reviews;
using Workflows.Orchestrations.Subsidies;
using Workflows.Orchestrations.Tests.Support;
using Workflows.Orchestrations.Timeline;
using Workflows.Testing;

namespace Workflows.Orchestrations.Tests.Resilience;

/// <summary>
/// A workflow never dies of one bad step: a permanently failing activity is injected into each workflow, and each
/// records <c>workflow.step-failed</c>, tells the coordinators once (no stack trace), goes on, and is not Failed.
/// </summary>
[Collection("azurite")]
public sealed class OneBadStepTests(AzuriteFixture azurite)
{
    private const string Coordinator = "coco@proef.example";

    [Fact]
    public async Task A_meeting_whose_invitation_fails_for_good_is_reported_once_and_the_next_occurrence_is_still_invited()
    {
        // A huge error text as well: the reason recorded and mailed is cut short.
        string message = "Mailbox unavailable (503) " + new string('x', 100_000);
        await using var world = await VirtualWorld.StartAsync(
            azurite,
            TestPartnership.At(2026, 9, 9, 8),
            new ScriptedResponses(ResponseStatus.Accepted),
            FailingActivity.In(MeetingActivityNames.Invite, input => input is MeetingStepInput { Occurrence.Date: "2026-10-13" }, message));
        await MeetingCycleReconciler.ReconcileAsync(world.Client, null, TestPartnership.Config(), world.Clock);

        await world.RunUntilAsync(TestPartnership.At(2026, 10, 21, 12));

        var timeline = await world.TimelineAsync();
        var failed = Assert.Single(timeline, e => e.Kind == WorkflowEvents.StepFailed);
        Assert.Equal(MeetingActivityNames.Invite, failed.Step);
        Assert.Equal("2026-10-13", failed.Date);
        Assert.Equal(MeetingEvents.Workflow, failed.Workflow);
        Assert.StartsWith("Mailbox unavailable (503) xxx", failed.Reason, StringComparison.Ordinal);
        Assert.True(failed.Reason!.Length <= WorkflowSteps.ReasonLength, $"{failed.Reason.Length} characters");

        // Nothing more for the date nobody was invited to; the next one goes as planned.
        Assert.DoesNotContain(timeline, e => e.Kind is MeetingEvents.Reminded or MeetingEvents.Confirmed or MeetingEvents.Cancelled);
        Assert.Contains(timeline, e => e.Kind == MeetingEvents.Invited && e.Start == TestPartnership.At(2026, 11, 10, 15));
        await AssertOneNoticeAsync(world, "Niet gelukt bij de vergaderreeks Proefberaad: de uitnodiging versturen", "dinsdag 13 oktober 2026");
        await AssertRunningAsync(world, SeriesSnapshots.InstanceId(TestPartnership.Id, "beraad"), OrchestrationRuntimeStatus.Running);
    }

    [Fact]
    public async Task A_subsidy_reminder_that_fails_for_good_is_reported_once_and_the_round_still_reminds_and_closes()
    {
        await using var world = await VirtualWorld.StartAsync(
            azurite,
            TestPartnership.At(2027, 2, 1, 8),
            new ScriptedResponses(ResponseStatus.None),
            FailingActivity.In(SubsidyActivityNames.Remind, input => input is SubsidyStepInput { DaysLeft: > 14 }));
        await SubsidyRoundReconciler.ReconcileAsync(world.Client, null, TestPartnership.Config(), world.Clock);

        await world.RunUntilAsync(TestPartnership.At(2027, 3, 16, 1));

        var timeline = await world.TimelineAsync();
        var failed = Assert.Single(timeline, e => e.Kind == WorkflowEvents.StepFailed);
        Assert.Equal(SubsidyActivityNames.Remind, failed.Step);
        Assert.Equal("techniek-2027", failed.Round);
        Assert.Equal("Mailbox unavailable (503)", failed.Reason);
        Assert.Equal(3, timeline.Count(e => e.Kind == SubsidyEvents.Reminded));
        Assert.Equal(SubsidyEvents.Closed, timeline[^1].Kind);
        await AssertOneNoticeAsync(world, "Niet gelukt bij de subsidieregeling ‘Techniekroutes 2027’: de herinnering versturen", "Mailbox unavailable (503)");
        await AssertRunningAsync(world, SubsidyRoundSnapshots.InstanceId(TestPartnership.Id, "techniek-2027"), OrchestrationRuntimeStatus.Completed);
    }

    [Fact]
    public async Task A_bestuur_talk_whose_invitation_fails_for_good_is_reported_once_and_the_year_still_ends_with_its_record()
    {
        await using var world = await VirtualWorld.StartAsync(
            azurite,
            TestPartnership.At(2027, 1, 15, 8),
            new ScriptedResponses(ResponseStatus.None),
            FailingActivity.In(ReviewActivityNames.Invite, _ => true));
        var convenant = TestPartnership.Convenant();
        await ConvenantReviewReconciler.ReconcileAsync(world.Client, null, TestPartnership.Config());
        var talk = ReviewSchedule.TalkDate(convenant, 2027);

        await world.RunUntilAsync(ReviewSchedule.End(convenant, talk).AddDays(ReviewSchedule.OutcomeWaitDays + 1));

        var timeline = await world.TimelineAsync();
        var failed = Assert.Single(timeline, e => e.Kind == WorkflowEvents.StepFailed);
        Assert.Equal(ReviewActivityNames.Invite, failed.Step);
        Assert.Equal("a-x", failed.Convenant);

        // No reminder about an invitation nobody got; the year is still recorded and the next one planned.
        Assert.DoesNotContain(timeline, e => e.Kind == ReviewEvents.Reminded);
        Assert.Contains(timeline, e => e.Kind == ReviewEvents.Held);
        await AssertOneNoticeAsync(world, "Niet gelukt bij het bestuursgesprek over het convenant Vmbo A – ROC X: de uitnodiging versturen", "Mailbox unavailable (503)");
        await AssertRunningAsync(world, ConvenantSnapshots.InstanceId(TestPartnership.Id, "a-x"), OrchestrationRuntimeStatus.Running);
    }

    [Fact]
    public async Task A_cancellation_ahead_with_a_huge_reason_is_recorded_cut_and_the_cycle_keeps_it()
    {
        await using var world = await VirtualWorld.StartAsync(azurite, TestPartnership.At(2026, 9, 9, 8), new ScriptedResponses(ResponseStatus.Accepted));
        string id = SeriesSnapshots.InstanceId(TestPartnership.Id, "beraad");
        await MeetingCycleReconciler.ReconcileAsync(world.Client, null, TestPartnership.Config(), world.Clock);
        await world.RunUntilAsync(TestPartnership.At(2026, 9, 23, 9));

        await world.Client.RaiseEventAsync(id, MeetingEvents.OccurrenceCancel, new OccurrenceCancelRequest("2026-11-10", new string('r', 100_000)), world.Token);
        await world.RunUntilAsync(TestPartnership.At(2026, 11, 18, 12));

        var timeline = await world.TimelineAsync();
        var cancelled = Assert.Single(timeline, e => e.Kind == MeetingEvents.Cancelled);
        Assert.Equal("2026-11-10", cancelled.Date);
        Assert.True(cancelled.Reason!.Length <= TimelineStore.ReasonLength, $"{cancelled.Reason.Length} characters");
        Assert.DoesNotContain(timeline, e => e.Kind == WorkflowEvents.StepFailed);
        Assert.DoesNotContain(timeline, e => e.Kind == MeetingEvents.Invited && e.Start == TestPartnership.At(2026, 11, 10, 15));
        Assert.Contains(timeline, e => e.Kind == MeetingEvents.Invited && e.Start == TestPartnership.At(2026, 12, 8, 15));
        await AssertRunningAsync(world, id, OrchestrationRuntimeStatus.Running);
    }

    /// <summary>Exactly one notice of a failed step, to the coordinator, in Dutch, without a stack trace.</summary>
    private static async Task AssertOneNoticeAsync(VirtualWorld world, string subject, string bodyContains)
    {
        var notice = Assert.Single(await world.Services.Gateway.ListAsync(world.Token), r => r.Labels.Kind == WorkflowEvents.StepFailed);
        Assert.Equal([Coordinator], notice.Recipients);
        Assert.Equal(subject, notice.Subject);
        string mail = await File.ReadAllTextAsync(world.Services.Gateway.GetPath(notice), world.Token);
        Assert.Contains(bodyContains, mail, StringComparison.Ordinal);
        Assert.Contains("De rest loopt gewoon door", mail, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(FailingActivity), mail, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", mail, StringComparison.Ordinal);
    }

    private static async Task AssertRunningAsync(VirtualWorld world, string id, OrchestrationRuntimeStatus expected)
    {
        var instance = await world.Client.GetInstanceAsync(id, world.Token);
        Assert.Equal(expected, instance!.RuntimeStatus);
    }
}
