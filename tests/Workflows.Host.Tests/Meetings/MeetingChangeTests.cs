using NodaTime;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Workflows.Orchestrations.Meetings;
using Ical.Net;
using Workflows.Messaging.Outbox;
using Workflows.Testing;

namespace Workflows.Host.Tests.Meetings;

/// <summary>Changes reaching a running cycle: configuration, coordinators' decisions, a worker going away.</summary>
[Collection("azurite")]
public sealed class MeetingChangeTests(AzuriteFixture azurite)
{
    private static readonly LocalDate Start = new(2026, 9, 9);
    private static readonly LocalDateTime AfterInvitation = new(2026, 9, 23, 9, 0);

    [Fact]
    public async Task A_member_added_after_the_invitation_gets_the_updated_event_and_nobody_a_second_one()
    {
        var config = MeetingHarness.Config();
        await using var harness = await MeetingHarness.StartAsync(azurite, Responses.Parse(config, "default: accepted"), Start);
        await harness.StartCyclesAsync(config);
        await harness.RunUntilAsync(AfterInvitation);

        var changed = MeetingHarness.Config(MeetingHarness.ConfigText().Replace("members: [role:coordinator, role:afdelingsleider, role:sectordirecteur]", "members: [role:coordinator, role:afdelingsleider, role:sectordirecteur, nina]", StringComparison.Ordinal));
        var reconciled = await MeetingCycleReconciler.ReconcileAsync(harness.Client, config, changed, harness.Clock);
        await harness.SettleAsync();
        await harness.RunUntilAsync(new LocalDateTime(2026, 10, 13, 18, 0));

        Assert.Equal(["meeting:proef:beraad"], reconciled.Changed);
        Assert.Empty(reconciled.Started);
        var timeline = await harness.TimelineAsync();
        Assert.Single(timeline, e => e.Kind == MeetingEvents.Invited);
        var updated = Assert.Single(timeline, e => e.Kind == MeetingEvents.Updated);
        Assert.Equal("2026-09-23T09:00:00+02:00", MeetingHarness.Local(updated.At));
        Assert.Contains("nina@mbo-y.example", updated.Recipients!);
        Assert.Equal("de configuratie van het samenwerkingsverband is gewijzigd", updated.Reason);
        Assert.Contains("nina@mbo-y.example", Assert.Single(timeline, e => e.Kind == MeetingEvents.Confirmed).Recipients!);

        var records = await harness.RecordsAsync();
        var created = Assert.Single(records, r => r.Channel == OutboxChannel.Calendar && r.Status == OutboxStatus.Sent);
        var update = Assert.Single(records, r => r.Channel == OutboxChannel.Calendar && r.Status == OutboxStatus.Updated);
        Assert.Equal(created.EventId, update.EventId);
        Assert.Equal(1, update.Sequence);
        Assert.Contains("nina@mbo-y.example", update.Recipients);
        var latest = await harness.EventAsync(created.EventId!);
        Assert.Equal(6, latest.Attendees.Count);
        var ics = Assert.Single(Calendar.Load(harness.FileText(update))!.Events);
        Assert.Equal(1, ics.Sequence);
        Assert.Equal(Assert.Single(Calendar.Load(harness.FileText(created))!.Events).Uid, ics.Uid);
    }

    [Fact]
    public async Task A_configuration_without_the_series_cancels_its_invited_occurrence_and_ends_the_cycle()
    {
        var config = MeetingHarness.Config();
        await using var harness = await MeetingHarness.StartAsync(azurite, Responses.Parse(config, "default: accepted"), Start);
        await harness.StartCyclesAsync(config);
        await harness.RunUntilAsync(AfterInvitation);

        var text = MeetingHarness.ConfigText();
        var withoutMeetings = MeetingHarness.Config(text[..text.IndexOf("meetings:", StringComparison.Ordinal)] + text[text.IndexOf("calendar:", StringComparison.Ordinal)..]);
        var reconciled = await MeetingCycleReconciler.ReconcileAsync(harness.Client, config, withoutMeetings, harness.Clock);
        await harness.SettleAsync();
        await harness.RunUntilAsync(new LocalDateTime(2026, 10, 14, 9, 0));

        Assert.Equal(["meeting:proef:beraad"], reconciled.Removed);
        var instance = await harness.Client.GetInstanceAsync("meeting:proef:beraad", getInputsAndOutputs: true);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, instance!.RuntimeStatus);
        Assert.Equal("removed", instance.ReadOutputAs<string>());
        var cancelled = Assert.Single(await harness.TimelineAsync(), e => e.Kind == MeetingEvents.Cancelled);
        Assert.Equal("het overleg staat niet meer in de planning", cancelled.Reason);
        var cancellation = Assert.Single(await harness.RecordsAsync(), r => r.Status == OutboxStatus.Cancelled);
        Assert.True((await harness.EventAsync(cancellation.EventId!)).Cancelled);
        Assert.Contains("gaat niet door: het overleg staat niet meer in de planning.", Assert.Single(Calendar.Load(harness.FileText(cancellation))!.Events).Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_coordinator_moving_one_occurrence_updates_the_event_and_the_cycle_follows_the_new_time()
    {
        var config = MeetingHarness.Config();
        await using var harness = await MeetingHarness.StartAsync(azurite, Responses.Parse(config, "default: accepted"), Start);
        await harness.StartCyclesAsync(config);
        await harness.RunUntilAsync(AfterInvitation);

        await MeetingCoordinatorCommands.MoveOccurrenceAsync(harness.Client, "proef", "beraad", new LocalDate(2026, 10, 13), new LocalDate(2026, 10, 15), new LocalTime(16, 0), new LocalTime(18, 0), "Zaal bezet");
        await harness.SettleAsync();
        await harness.RunUntilAsync(new LocalDateTime(2026, 10, 20, 18, 0));

        var timeline = await harness.TimelineAsync();
        Assert.Equal("2026-10-13T15:00:00+02:00", MeetingHarness.Local(Assert.Single(timeline, e => e.Kind == MeetingEvents.Invited && e.Start!.Value.Month == 10).Start));
        var moved = Assert.Single(timeline, e => e.Kind == MeetingEvents.Moved);
        Assert.Equal("2026-10-15T16:00:00+02:00", MeetingHarness.Local(moved.Start));
        Assert.Equal("2026-10-15T18:00:00+02:00", MeetingHarness.Local(moved.End));
        Assert.Equal("verplaatst door de coördinatoren: Zaal bezet", moved.Reason);
        Assert.Equal(5, moved.Recipients!.Count);
        Assert.Equal("2026-09-23T09:00:00+02:00", MeetingHarness.Local(moved.At));
        var held = Assert.Single(timeline, e => e.Kind == MeetingEvents.Held);
        Assert.Equal("2026-10-15T18:00:00+02:00", MeetingHarness.Local(held.At));
        var update = Assert.Single(await harness.RecordsAsync(), r => r.Status == OutboxStatus.Updated);
        Assert.Equal(MeetingEvents.Moved, update.Labels.Kind);
        var october = await harness.EventAsync(update.EventId!);
        Assert.Equal(new DateTimeOffset(2026, 10, 15, 16, 0, 0, TimeSpan.FromHours(2)), october.Start);
        Assert.Equal(1, october.Event.Sequence);

        // The next occurrence keeps its own days, whatever the move: the chair is asked 28 days ahead on 13 October
        // (before the moved meeting; occurrences overlap) and the invitation, 21 days ahead on 20 October in the
        // autumn holiday, goes on the last working day before it.
        var next = Assert.Single(timeline, e => e.Kind == MeetingEvents.Invited && MeetingHarness.Local(e.Start) == "2026-11-10T15:00:00+01:00");
        var agenda = Assert.Single(timeline, e => e.Kind == MeetingEvents.AgendaRequested && e.Start!.Value.Month == 11);
        Assert.Equal("2026-10-13T15:00:00+02:00", MeetingHarness.Local(agenda.At));
        Assert.Equal("2026-10-16T15:00:00+02:00", MeetingHarness.Local(next.At));
    }

    [Fact]
    public async Task A_coordinator_cancelling_an_invited_occurrence_cancels_it_for_everyone()
    {
        var config = MeetingHarness.Config();
        await using var harness = await MeetingHarness.StartAsync(azurite, Responses.Parse(config, "default: accepted"), Start);
        await harness.StartCyclesAsync(config);
        await harness.RunUntilAsync(AfterInvitation);

        await MeetingCoordinatorCommands.CancelOccurrenceAsync(harness.Client, "proef", "beraad", new LocalDate(2026, 10, 13), "Te weinig agendapunten");
        await harness.SettleAsync();
        await harness.RunUntilAsync(new LocalDateTime(2026, 10, 14, 9, 0));

        var timeline = await harness.TimelineAsync();
        var cancelled = Assert.Single(timeline, e => e.Kind == MeetingEvents.Cancelled);
        Assert.Equal("afgelast door de coördinatoren: Te weinig agendapunten", cancelled.Reason);
        Assert.Equal(5, cancelled.Recipients!.Count);
        Assert.DoesNotContain(timeline, e => e.Kind is MeetingEvents.Reminded or MeetingEvents.Confirmed or MeetingEvents.Held);
        var cancellation = Assert.Single(await harness.RecordsAsync(), r => r.Status == OutboxStatus.Cancelled);
        var ics = Calendar.Load(harness.FileText(cancellation))!;
        Assert.Equal("CANCEL", ics.Method);
        Assert.Contains("Te weinig agendapunten", Assert.Single(ics.Events).Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_coordinator_resending_an_invitation_sends_the_same_event_again_to_everyone_once()
    {
        var config = MeetingHarness.Config();
        await using var harness = await MeetingHarness.StartAsync(azurite, Responses.Parse(config, "default: accepted"), Start);
        await harness.StartCyclesAsync(config);
        await harness.RunUntilAsync(AfterInvitation);

        await MeetingCoordinatorCommands.ResendInvitationAsync(harness.Client, "proef", "beraad", new LocalDate(2026, 10, 13));
        await harness.SettleAsync();
        await harness.RunUntilAsync(new LocalDateTime(2026, 10, 14, 9, 0));

        var timeline = await harness.TimelineAsync();
        var resent = Assert.Single(timeline, e => e.Kind == MeetingEvents.Updated);
        Assert.Equal("opnieuw verstuurd op verzoek van de coördinatoren", resent.Reason);
        Assert.Equal("2026-09-23T09:00:00+02:00", MeetingHarness.Local(resent.At));
        Assert.Equal("2026-10-13T15:00:00+02:00", MeetingHarness.Local(resent.Start));
        Assert.Equal(5, resent.Recipients!.Count);
        Assert.Single(timeline, e => e.Kind == MeetingEvents.Held && e.Start!.Value.Month == 10);

        var records = await harness.RecordsAsync();
        var created = Assert.Single(records, r => r.Channel == OutboxChannel.Calendar && r.Status == OutboxStatus.Sent && r.Labels.Kind == MeetingEvents.Invited && r.At.Month == 9);
        var again = Assert.Single(records, r => r.Status == OutboxStatus.Updated);
        Assert.Equal(created.EventId, again.EventId);
        var ics = Assert.Single(Calendar.Load(harness.FileText(again))!.Events);
        Assert.Equal(1, ics.Sequence);
        Assert.Equal(Assert.Single(Calendar.Load(harness.FileText(created))!.Events).Uid, ics.Uid);
        Assert.Equal(new DateTimeOffset(2026, 10, 13, 15, 0, 0, TimeSpan.FromHours(2)), (await harness.EventAsync(again.EventId!)).Start);
    }

    [Fact]
    public async Task A_resend_before_the_invitation_changes_nothing()
    {
        var config = MeetingHarness.Config();
        await using var harness = await MeetingHarness.StartAsync(azurite, Responses.Parse(config, "default: accepted"), Start);
        await harness.StartCyclesAsync(config);
        await harness.RunUntilAsync(new LocalDateTime(2026, 9, 10, 9, 0));

        await MeetingCoordinatorCommands.ResendInvitationAsync(harness.Client, "proef", "beraad", new LocalDate(2026, 10, 13));
        await harness.SettleAsync();
        await harness.RunUntilAsync(new LocalDateTime(2026, 10, 14, 9, 0));

        var timeline = await harness.TimelineAsync();
        Assert.DoesNotContain(timeline, e => e.Kind == MeetingEvents.Updated);
        Assert.Single(timeline, e => e.Kind == MeetingEvents.Invited && e.Start!.Value.Month == 10);
        Assert.DoesNotContain(await harness.RecordsAsync(), r => r.Status == OutboxStatus.Updated);
    }

    [Fact]
    public async Task Workers_restarted_around_the_invitation_send_it_once()
    {
        var config = MeetingHarness.Config();
        // Every activity runs twice, as at-least-once delivery may do after a worker is replaced mid-step.
        await using var harness = await MeetingHarness.StartAsync(azurite, Responses.Parse(config, "default: accepted"), Start, activityDeliveries: 2);
        await harness.StartCyclesAsync(config);
        await harness.RunUntilAsync(new LocalDateTime(2026, 9, 22, 14, 0));

        // A new worker takes over just before the invitation is due, the clock reaches it while no worker runs,
        // and the worker is replaced again while the invitation step may be in hand.
        await harness.StopWorkerAsync();
        harness.Clock.SetUtcNow(MeetingHarness.Amsterdam.AtStrictly(new LocalDateTime(2026, 9, 22, 15, 0)).ToDateTimeOffset());
        await harness.StartWorkerAsync();
        await harness.StopWorkerAsync();
        await harness.StartWorkerAsync();
        await harness.RunUntilAsync(new LocalDateTime(2026, 10, 13, 18, 0));

        Assert.Single(await harness.InvitationsAsync());
        Assert.Single(Directory.GetFiles(harness.Outbox, "*.ics"));
        var timeline = await harness.TimelineAsync();
        // Each step once; November's agenda request (13 October, 28 days ahead) comes before October's meeting ends.
        Assert.Equal(
            [MeetingEvents.AgendaRequested, MeetingEvents.Invited, MeetingEvents.Confirmed, MeetingEvents.AgendaRequested, MeetingEvents.Held],
            timeline.Select(e => e.Kind));
        Assert.Equal(5, await harness.Services.Timeline.CountAsync());
    }
}
