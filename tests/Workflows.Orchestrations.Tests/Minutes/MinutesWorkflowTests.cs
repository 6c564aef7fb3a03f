using NodaTime;
using Workflows.Messaging;
using Workflows.Orchestrations.Meetings;
using Workflows.Orchestrations.Minutes;
using Workflows.Orchestrations.Tests.Support;
using Workflows.Testing;

namespace Workflows.Orchestrations.Tests.Minutes;

/// <summary>
/// A meeting from agenda to action list on the virtual clock: an item proposed and accepted goes out with the
/// invitation; after the meeting the presence is confirmed, the verslag with two action items is saved and approved,
/// it goes to the members, the owner of the item still open gets one reminder (never in the autumn holiday), and that
/// item is on the agenda of a later meeting while the one ticked off is not.
/// </summary>
[Collection("azurite")]
public sealed class MinutesWorkflowTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Start = TestPartnership.At(2026, 9, 9, 8);
    private static readonly LocalDate October = new(2026, 10, 13);

    [Fact]
    public async Task A_meeting_runs_from_proposal_to_verslag_reminder_and_the_next_agenda()
    {
        await using var world = await VirtualWorld.StartAsync(azurite, Start, new ScriptedResponses(ResponseStatus.Accepted));
        world.CaptureAt(MinutesActivityNames.RemindActionItem, "reminded");
        var config = TestPartnership.Config();
        await MeetingCycleReconciler.ReconcileAsync(world.Client, null, config, world.Clock);
        var services = world.Services.Meetings;
        var series = SeriesSnapshots.Create(config, config.FindMeeting("beraad")!);

        // Proposed and accepted before the invitation of 13 October goes out.
        await world.RunUntilAsync(TestPartnership.At(2026, 9, 16, 10));
        var (item, _) = await MeetingAgendaCommands.ProposeAsync(services.Agenda, services.Timeline, new AgendaProposal(TestPartnership.Id, "beraad", October, "xena", "Xena Xander", "Stageplaatsen techniek", null, world.Clock.GetUtcNow()), world.Token);
        await MeetingAgendaCommands.DecideAsync(services.Agenda, world.Client, TestPartnership.Id, "beraad", October, item.Key, AgendaItemStates.Accepted, "coco", world.Token);

        // Before the meeting there is nothing to write a verslag of.
        var early = await MinutesCommands.SaveAsync(services.Minutes, services.Attendance, series, "2026-10-13", "Te vroeg", [], "coco", world.Clock.GetUtcNow(), world.Token);
        Assert.Equal(MinutesOutcome.NotHeld, early.Outcome);

        // The morning after the meeting: presence, the verslag with two action items, approval.
        await world.RunUntilAsync(TestPartnership.At(2026, 10, 14, 9));
        Assert.Contains("Stageplaatsen techniek (Xena Xander)", await DescriptionAsync(world, "2026-10-13", MeetingEvents.Invited), StringComparison.Ordinal);
        var presence = await PresenceCommands.ConfirmAsync(services.Attendance, TestPartnership.Id, "beraad", "2026-10-13", ["vmbo-a", "mbo-x"], world.Clock.GetUtcNow(), world.Token);
        Assert.Equal(PresenceOutcome.Confirmed, presence.Outcome);
        ActionItemDraft[] actions =
        [
            // Due Tuesday 27 October: two working days before it, the autumn holiday (17–25 October) left out, is Friday 16 October.
            new("Open dag techniek plannen", "xena", "2026-10-27"),
            new("Stageplaatsen inventariseren", "bart", "2026-10-30"),
        ];
        var saved = await MinutesCommands.SaveAsync(services.Minutes, services.Attendance, series, "2026-10-13", "Stageplaatsen: Xena licht de cijfers toe.\n\nBesloten: een gezamenlijke open dag.", actions, "coco", world.Clock.GetUtcNow(), world.Token);
        Assert.Equal(MinutesOutcome.Saved, saved.Outcome);
        var (approved, changed) = await MinutesCommands.ApproveAsync(services.Minutes, world.Client, series, "2026-10-13", TestPartnership.At(2026, 10, 13, 15), TestPartnership.At(2026, 10, 13, 17), "coco", world.Clock.GetUtcNow(), world.Token);
        Assert.True(changed);
        Assert.Equal(2, approved!.ActionItems.Count);

        // Approving again starts and sends nothing again; an approved verslag no longer changes.
        var (_, again) = await MinutesCommands.ApproveAsync(services.Minutes, world.Client, series, "2026-10-13", TestPartnership.At(2026, 10, 13, 15), TestPartnership.At(2026, 10, 13, 17), "coco", world.Clock.GetUtcNow(), world.Token);
        Assert.False(again);
        var late = await MinutesCommands.SaveAsync(services.Minutes, services.Attendance, series, "2026-10-13", "Nog iets", [], "coco", world.Clock.GetUtcNow(), world.Token);
        Assert.Equal(MinutesOutcome.Approved, late.Outcome);
        await world.DrainAsync();

        var sent = Assert.Single(await world.TimelineAsync(), e => e.Kind == MeetingEvents.MinutesSent);
        Assert.Equal(TestPartnership.At(2026, 10, 14, 9), sent.At);
        Assert.Equal(("beraad", TestPartnership.At(2026, 10, 13, 15)), (sent.Series, sent.Start));
        var mail = Assert.Single(await world.Services.Gateway.ListAsync(world.Token), r => r.Labels.Kind == MeetingEvents.MinutesSent);
        Assert.Equal(series.Members.Select(m => m.Email).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase), mail.Recipients.Order(StringComparer.OrdinalIgnoreCase));
        Assert.Equal("Verslag Proefberaad van dinsdag 13 oktober 2026", mail.Subject);
        string body = await File.ReadAllTextAsync(world.Services.Gateway.GetPath(mail), world.Token);
        Assert.Contains("Stageplaatsen inventariseren", body, StringComparison.Ordinal);

        // Bart's item is ticked off in the holiday, before its reminder: only Xena is reminded.
        await world.RunUntilAsync(TestPartnership.At(2026, 10, 20, 10));
        var bart = approved.ActionItems.Single(a => a.Owner == "bart");
        Assert.NotNull(await MinutesCommands.SetDoneAsync(services.Minutes, TestPartnership.Id, "beraad", "2026-10-13", bart.Key, done: true, world.Clock.GetUtcNow(), world.Token));
        await world.RunUntilAsync(TestPartnership.At(2026, 11, 2, 9));
        var reminded = Assert.Single(await world.TimelineAsync(), e => e.Kind == MeetingEvents.ActionItemReminded);
        Assert.Equal((TestPartnership.At(2026, 10, 16, 15), "Open dag techniek plannen"), (reminded.At, reminded.Reason));
        Assert.Equal(["xena@mbo-x.example"], reminded.Recipients);
        Assert.Equal("Completed", (await world.Client.GetInstanceAsync(MinutesCommands.InstanceId(TestPartnership.Id, "beraad", "2026-10-13"), cancellation: world.Token))!.RuntimeStatus.ToString());
        HistoryRecorder.Keep(world.Options, world.Captured("reminded"), "meeting-minutes.sent-and-reminded.v1.json");

        // December's invitation (18 November) carries the open item under "Actiepunten vorig overleg", not the done one.
        await world.RunUntilAsync(TestPartnership.At(2026, 11, 18, 16));
        string december = await DescriptionAsync(world, "2026-12-08", MeetingEvents.Invited);
        Assert.Contains("Actiepunten vorig overleg: Open dag techniek plannen (Xena Xander, uiterlijk dinsdag 27 oktober 2026)", december, StringComparison.Ordinal);
        Assert.DoesNotContain("Stageplaatsen inventariseren", december, StringComparison.Ordinal);
    }

    private static Task<string> DescriptionAsync(VirtualWorld world, string date, string kind) => OutboxDescriptions.OfAsync(world, date, kind);
}
