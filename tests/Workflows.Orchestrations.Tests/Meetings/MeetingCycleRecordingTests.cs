using Microsoft.DurableTask.Client;
using Workflows.Messaging;
using Workflows.Orchestrations.Meetings;
using Workflows.Orchestrations.Tests.Support;
using Workflows.Testing;

namespace Workflows.Orchestrations.Tests.Meetings;

/// <summary>
/// The meeting cycle's scenarios whose histories are recorded (Histories/README.md): each asserts what the cycle did
/// and hands the history taken at its interesting point to <see cref="HistoryRecorder.Keep"/>.
/// </summary>
[Collection("azurite")]
public sealed class MeetingCycleRecordingTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Start = TestPartnership.At(2026, 9, 9, 8);
    private static readonly string Instance = SeriesSnapshots.InstanceId(TestPartnership.Id, "beraad");

    [Fact]
    public async Task An_occurrence_is_prepared_invited_reminded_confirmed_and_its_attendance_recorded()
    {
        var responses = new ScriptedResponses(ResponseStatus.Accepted, new Dictionary<string, ResponseStatus> { ["bart@vmbo-b.example"] = ResponseStatus.None });
        await using var world = await VirtualWorld.StartAsync(azurite, Start, responses);
        world.CaptureAt(MeetingActivityNames.RecordAttendance, "held");

        await MeetingCycleReconciler.ReconcileAsync(world.Client, null, TestPartnership.Config(), world.Clock);
        await world.RunUntilAsync(TestPartnership.At(2026, 10, 13, 18));

        Assert.Equal(
            [
                "meeting.agenda-requested coco@proef.example",
                "meeting.invited coco@proef.example anna@vmbo-a.example bart@vmbo-b.example xena@mbo-x.example yuri@mbo-y.example",
                "meeting.reminded bart@vmbo-b.example",
                "meeting.confirmed coco@proef.example anna@vmbo-a.example bart@vmbo-b.example xena@mbo-x.example yuri@mbo-y.example",

                // November's agenda request is due 28 days ahead, at 15.00 on 13 October: during October's meeting,
                // which the cycle does not wait for.
                "meeting.agenda-requested coco@proef.example",
                "meeting.held",
            ],
            (await world.TimelineAsync()).KindsAndRecipients());
        HistoryRecorder.Keep(world.Options, world.Captured("held"), "meeting-cycle.invited-reminded-confirmed-held.v2.json");
    }

    [Fact]
    public async Task An_occurrence_without_the_required_mbo_members_is_cancelled_at_the_deadline_when_the_series_says_cancel()
    {
        await using var world = await VirtualWorld.StartAsync(azurite, Start, MboDeclines);
        world.CaptureAt(MeetingActivityNames.Cancel, "cancelled");

        await MeetingCycleReconciler.ReconcileAsync(world.Client, null, TestPartnership.Config(OnMissing("cancel")), world.Clock);
        await world.RunUntilAsync(TestPartnership.At(2026, 10, 7, 9));

        var kinds = (await world.TimelineAsync()).Where(e => e.Start?.Month == 10).Select(e => e.Kind).ToList();
        Assert.Equal(
            [MeetingEvents.AgendaRequested, MeetingEvents.Invited, MeetingEvents.AtRisk, MeetingEvents.Cancelled],
            kinds);
        HistoryRecorder.Keep(world.Options, world.Captured("cancelled"), "meeting-cycle.quorum-cancelled.v2.json");
    }

    [Fact]
    public async Task Without_the_mbo_and_without_a_decision_the_coordinators_are_asked_and_the_meeting_goes_ahead()
    {
        await using var world = await VirtualWorld.StartAsync(azurite, Start, MboDeclines);
        world.CaptureAt(MeetingActivityNames.Confirm, "held-without-rule");

        await MeetingCycleReconciler.ReconcileAsync(world.Client, null, TestPartnership.Config(), world.Clock);
        await world.RunUntilAsync(TestPartnership.At(2026, 10, 7, 9));

        var october = (await world.TimelineAsync()).Where(e => e.Start?.Month == 10).ToList();
        Assert.Equal(
            [MeetingEvents.AgendaRequested, MeetingEvents.Invited, MeetingEvents.AtRisk, MeetingEvents.Confirmed],
            october.Select(e => e.Kind));

        // Everyone answered, so no reminder. The request goes to the coordinators only, two working days before the
        // deadline (6 October, 17.00).
        var atRisk = october[2];
        Assert.Equal(["coco@proef.example"], atRisk.Recipients);
        Assert.Equal(TestPartnership.At(2026, 10, 2, 15), atRisk.At);
        HistoryRecorder.Keep(world.Options, world.Captured("held-without-rule"), "meeting-cycle.at-risk-held.v2.json");
    }

    [Fact]
    public async Task A_coordinator_calling_off_a_meeting_at_risk_cancels_it_at_once()
    {
        await using var world = await VirtualWorld.StartAsync(azurite, Start, MboDeclines);
        world.CaptureAt(MeetingActivityNames.Cancel, "decided");
        await MeetingCycleReconciler.ReconcileAsync(world.Client, null, TestPartnership.Config(), world.Clock);
        await world.RunUntilAsync(TestPartnership.At(2026, 10, 2, 16));

        await world.Client.RaiseEventAsync(Instance, MeetingEvents.OccurrenceDecision, new OccurrenceDecisionRequest("2026-10-13", "cancel", "coco"), world.Token);
        await world.DrainAsync();
        await world.RunUntilAsync(TestPartnership.At(2026, 10, 13, 18));

        var october = (await world.TimelineAsync()).Where(e => e.Start?.Month == 10).ToList();
        Assert.Equal(
            [MeetingEvents.AgendaRequested, MeetingEvents.Invited, MeetingEvents.AtRisk, MeetingEvents.Cancelled],
            october.Select(e => e.Kind));
        Assert.Equal(TestPartnership.At(2026, 10, 2, 16), october[^1].At);
        Assert.DoesNotContain(october, e => e.Kind is MeetingEvents.Confirmed or MeetingEvents.Held);
        HistoryRecorder.Keep(world.Options, world.Captured("decided"), "meeting-cycle.at-risk-cancelled-by-coordinator.v2.json");
    }

    [Fact]
    public async Task A_coordinator_employed_by_an_mbo_does_not_stand_in_for_the_mbo_sectordirecteuren()
    {
        // Profijt's rule as the partnership means it: "geen overleg zonder mbo" asks for the mbo's sectordirecteuren.
        // The coordinator (employed by ROC X here) accepts; both sectordirecteuren decline.
        var config = TestPartnership.Config(yaml => yaml
            .Replace("email: coco@proef.example, organization: vmbo-a", "email: coco@proef.example, organization: mbo-x", StringComparison.Ordinal)
            .Replace("      requireKinds: [mbo]", "      require: [\"kind:mbo&role:sectordirecteur\"]\n      onMissing: cancel", StringComparison.Ordinal));
        await using var world = await VirtualWorld.StartAsync(azurite, Start, MboDeclines);

        await MeetingCycleReconciler.ReconcileAsync(world.Client, null, config, world.Clock);
        await world.RunUntilAsync(TestPartnership.At(2026, 10, 7, 9));

        var october = (await world.TimelineAsync()).Where(e => e.Start?.Month == 10).ToList();
        Assert.Equal(
            [MeetingEvents.AgendaRequested, MeetingEvents.Invited, MeetingEvents.AtRisk, MeetingEvents.Cancelled],
            october.Select(e => e.Kind));
        Assert.Contains("sectordirecteur", october[^1].Reason, StringComparison.Ordinal);
    }

    private static ScriptedResponses MboDeclines => new(
        ResponseStatus.Accepted,
        new Dictionary<string, ResponseStatus> { ["xena@mbo-x.example"] = ResponseStatus.Declined, ["yuri@mbo-y.example"] = ResponseStatus.Declined });

    private static Func<string, string> OnMissing(string keyword) =>
        yaml => yaml.Replace("      requireKinds: [mbo]", $"      requireKinds: [mbo]\n      onMissing: {keyword}", StringComparison.Ordinal);

    [Fact]
    public async Task A_cancellation_ahead_is_recorded_and_a_changed_configuration_updates_the_invitation()
    {
        await using var world = await VirtualWorld.StartAsync(azurite, Start, new ScriptedResponses(ResponseStatus.Accepted));
        world.CaptureAt(MeetingActivityNames.RecordTimeline, "cancel-ahead");
        world.CaptureAt(MeetingActivityNames.UpdateInvitation, "resumed");
        await MeetingCycleReconciler.ReconcileAsync(world.Client, null, TestPartnership.Config(), world.Clock);
        await world.RunUntilAsync(TestPartnership.At(2026, 9, 23, 9));

        await world.Client.RaiseEventAsync(Instance, MeetingEvents.OccurrenceCancel, new OccurrenceCancelRequest("2026-11-10", "Studiereis"), world.Token);
        await world.DrainAsync();
        var moved = TestPartnership.Series(TestPartnership.Config(yaml => yaml.Replace("location: Zaal 1", "location: Zaal 2", StringComparison.Ordinal)));
        await world.Client.RaiseEventAsync(Instance, MeetingEvents.ConfigChanged, new ConfigChangedEvent(moved), world.Token);
        await world.DrainAsync();

        var timeline = await world.TimelineAsync();
        Assert.Equal(
            [MeetingEvents.AgendaRequested, MeetingEvents.Invited, MeetingEvents.Cancelled, MeetingEvents.Updated],
            timeline.Select(e => e.Kind));
        Assert.Equal("2026-11-10", timeline[2].Date);
        var status = await world.Client.GetInstanceAsync(Instance, world.Token);
        Assert.Equal(OrchestrationRuntimeStatus.Running, status!.RuntimeStatus);
        HistoryRecorder.Keep(world.Options, world.Captured("cancel-ahead"), "meeting-cycle.cancel-ahead.v2.json");

        // The execution after the change: its input carries the occurrence in progress and the cancellation ahead.
        HistoryRecorder.Keep(world.Options, world.Captured("resumed"), "meeting-cycle.resumed-after-config-change.v2.json");
    }

    [Fact]
    public async Task A_series_removed_from_the_configuration_cancels_its_invited_occurrence_and_ends()
    {
        await using var world = await VirtualWorld.StartAsync(azurite, Start, new ScriptedResponses(ResponseStatus.Accepted));
        world.CaptureAt(MeetingActivityNames.Cancel, "removed");
        await MeetingCycleReconciler.ReconcileAsync(world.Client, null, TestPartnership.Config(), world.Clock);
        await world.RunUntilAsync(TestPartnership.At(2026, 9, 23, 9));

        await world.Client.RaiseEventAsync(Instance, MeetingEvents.ConfigChanged, new ConfigChangedEvent(null), world.Token);
        await world.DrainAsync();

        Assert.Equal(
            [MeetingEvents.AgendaRequested, MeetingEvents.Invited, MeetingEvents.Cancelled],
            (await world.TimelineAsync()).Select(e => e.Kind));
        var status = await world.Client.GetInstanceAsync(Instance, getInputsAndOutputs: true, world.Token);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, status!.RuntimeStatus);
        Assert.Equal("removed", status.ReadOutputAs<string>());
        HistoryRecorder.Keep(world.Options, world.Captured("removed"), "meeting-cycle.series-removed.v2.json");
    }
}
