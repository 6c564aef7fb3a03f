using NodaTime;
using Workflows.Orchestrations.Meetings;
using Ical.Net;
using MimeKit;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Workflows.Orchestrations.Timeline;
using Workflows.Messaging;
using Workflows.Messaging.Outbox;
using Workflows.Partnerships.Configuration;
using Workflows.Testing;

namespace Workflows.Host.Tests.Meetings;

[Collection("azurite")]
public sealed class MeetingCycleTests(AzuriteFixture azurite)
{
    private static readonly LocalDate Start = new(2026, 9, 9);

    [Fact]
    public async Task Normal_cycle_asks_the_chair_invites_reminds_the_silent_confirms_and_records_attendance()
    {
        var config = MeetingHarness.Config();
        var responses = Responses.Parse(config, "default: accepted\nrules:\n  - { series: beraad, who: bart, response: none }\n");
        await using var harness = await MeetingHarness.StartAsync(azurite, responses, Start);

        await harness.StartCyclesAsync(config);
        await harness.RunUntilAsync(new LocalDateTime(2026, 10, 13, 18, 0));

        var timeline = await harness.TimelineAsync();
        Assert.Equal(
            [
                "2026-09-15T15:00:00+02:00 meeting.agenda-requested coco@proef.example",
                "2026-09-22T15:00:00+02:00 meeting.invited coco@proef.example anna@vmbo-a.example bart@vmbo-b.example xena@mbo-x.example yuri@mbo-y.example",
                "2026-09-29T15:00:00+02:00 meeting.reminded bart@vmbo-b.example",
                "2026-10-06T17:00:00+02:00 meeting.confirmed coco@proef.example anna@vmbo-a.example bart@vmbo-b.example xena@mbo-x.example yuri@mbo-y.example",
                // Occurrences overlap: November's chair reminder (28 days ahead) is due before October's meeting ends.
                "2026-10-13T15:00:00+02:00 meeting.agenda-requested coco@proef.example",
                "2026-10-13T17:00:00+02:00 meeting.held",
            ],
            timeline.Select(e => $"{MeetingHarness.Local(e.At)} {e.Kind} {string.Join(' ', e.Recipients ?? [])}".TrimEnd()));
        Assert.Equal("2026-11-10T15:00:00+01:00", MeetingHarness.Local(timeline[^2].Start));
        Assert.All(timeline.Where(e => e != timeline[^2]), e =>
        {
            Assert.Equal("meeting:proef:beraad", e.Instance);
            Assert.Equal("meeting-cycle", e.Workflow);
            Assert.Equal("beraad", e.Series);
            Assert.Equal("2026-10-13T15:00:00+02:00", MeetingHarness.Local(e.Start));
            Assert.Equal("2026-10-13T17:00:00+02:00", MeetingHarness.Local(e.End));
        });

        var records = await harness.RecordsAsync();
        var invitation = Assert.Single(records, r => r.Channel == OutboxChannel.Calendar);
        Assert.Equal(OutboxStatus.Sent, invitation.Status);
        Assert.Equal("Proefberaad", invitation.Subject);
        var ics = Calendar.Load(harness.FileText(invitation))!;
        Assert.Equal("REQUEST", ics.Method);
        var sent = Assert.Single(ics.Events);
        Assert.Equal("Proefberaad", sent.Summary);
        Assert.Contains("Nieuws binnen Profijt", sent.Description, StringComparison.Ordinal);
        Assert.Contains("Rondvraag", sent.Description, StringComparison.Ordinal);
        Assert.Equal(5, sent.Attendees.Count);
        Assert.Equal(
            ["meeting.agenda-requested", "meeting.reminded", "meeting.confirmed", "meeting.agenda-requested"],
            records.Where(r => r.Channel == OutboxChannel.Mail).Select(r => r.Labels.Kind));
        Assert.False((await harness.EventAsync(invitation.EventId!)).Cancelled);

        var totals = await harness.Services.Attendance.ReadTotalsAsync("proef");
        Assert.Equal(
            ["mbo-x 1/1", "mbo-y 1/1", "vmbo-a 2/2", "vmbo-b 0/1"],
            totals.OrderBy(t => t.OrganizationId, StringComparer.Ordinal).Select(t => $"{t.OrganizationId} {t.Attended}/{t.Invited}"));
    }

    /// <summary>The automatic cancellation is what <c>quorum.onMissing: cancel</c> asks for (the default asks the coordinators).</summary>
    private static PartnershipConfig CancelOnMissing() =>
        MeetingHarness.Config(MeetingHarness.ConfigText().Replace("      minAccepted: 2\n", "      minAccepted: 2\n      onMissing: cancel\n", StringComparison.Ordinal));

    [Fact]
    public async Task With_onMissing_cancel_all_mbo_members_declining_cancels_the_meeting_for_everyone_and_tells_the_coordinators()
    {
        var config = CancelOnMissing();
        Assert.Equal(QuorumOnMissing.Cancel, Assert.Single(config.Meetings).Quorum.OnMissing);
        var responses = Responses.Parse(config, "default: accepted\nrules:\n  - { series: beraad, date: 2026-10-13, who: 'kind:mbo', response: declined, comment: Examens }\n");
        await using var harness = await MeetingHarness.StartAsync(azurite, responses, Start);

        await harness.StartCyclesAsync(config);
        await harness.RunUntilAsync(new LocalDateTime(2026, 10, 14, 9, 0));

        var timeline = await harness.TimelineAsync();
        var cancelled = Assert.Single(timeline, e => e.Kind == MeetingEvents.Cancelled);
        Assert.Equal("2026-10-06T17:00:00+02:00", MeetingHarness.Local(cancelled.At));
        Assert.Equal("2026-10-13T15:00:00+02:00", MeetingHarness.Local(cancelled.Start));
        Assert.Equal("Deze keer kan niemand van het mbo aanwezig zijn.", cancelled.Reason);
        Assert.Equal(
            ["anna@vmbo-a.example", "bart@vmbo-b.example", "coco@proef.example", "xena@mbo-x.example", "yuri@mbo-y.example"],
            cancelled.Recipients!.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(timeline, e => e.Kind is MeetingEvents.Confirmed or MeetingEvents.Held);

        var records = await harness.RecordsAsync();
        var invitation = Assert.Single(records, r => r.Channel == OutboxChannel.Calendar && r.Status == OutboxStatus.Sent && r.Labels.Values["occurrence"] == "2026-10-13");
        var cancellation = Assert.Single(records, r => r.Channel == OutboxChannel.Calendar && r.Status == OutboxStatus.Cancelled);
        Assert.Equal(invitation.EventId, cancellation.EventId);
        Assert.Equal(invitation.Recipients.Order(StringComparer.Ordinal), cancellation.Recipients.Order(StringComparer.Ordinal));
        var cancelIcs = Calendar.Load(harness.FileText(cancellation))!;
        Assert.Equal("CANCEL", cancelIcs.Method);
        var cancelledEvent = Assert.Single(cancelIcs.Events);
        Assert.Equal(Assert.Single(Calendar.Load(harness.FileText(invitation))!.Events).Uid, cancelledEvent.Uid);
        Assert.Equal("Proefberaad", cancelledEvent.Summary);
        Assert.Contains("Proefberaad van dinsdag 13 oktober 2026 gaat niet door: ", cancelledEvent.Description, StringComparison.Ordinal);
        Assert.Contains("deze keer kan niemand van het mbo aanwezig zijn.", cancelledEvent.Description, StringComparison.Ordinal);
        Assert.True((await harness.EventAsync(invitation.EventId!)).Cancelled);
        var notice = Assert.Single(records, r => r.Channel == OutboxChannel.Mail && r.Labels.Kind == MeetingEvents.Cancelled);
        Assert.Equal(["coco@proef.example"], notice.Recipients);
        Assert.Equal("Afgelast: Proefberaad van dinsdag 13 oktober 2026", notice.Subject);

        // The cycle goes on: the chair is asked for the November agenda on 13 October.
        Assert.Contains(timeline, e => e.Kind == MeetingEvents.AgendaRequested && MeetingHarness.Local(e.Start) == "2026-11-10T15:00:00+01:00");
    }

    [Fact]
    public async Task A_calendar_event_already_gone_when_the_quorum_cancels_it_does_not_end_the_cycle()
    {
        var config = CancelOnMissing();
        var responses = Responses.Parse(config, "default: accepted\nrules:\n  - { series: beraad, date: 2026-10-13, who: 'kind:mbo', response: declined }\n");
        // As Graph answers a cancel repeated after a crash: the event is no longer in the organizer's calendar.
        await using var harness = await MeetingHarness.StartAsync(azurite, responses, Start, gateway => new GoneOnCancel(gateway));

        await harness.StartCyclesAsync(config);
        await harness.RunUntilAsync(new LocalDateTime(2026, 10, 14, 9, 0));

        var timeline = await harness.TimelineAsync();
        var cancelled = Assert.Single(timeline, e => e.Kind == MeetingEvents.Cancelled);
        Assert.Equal("2026-10-13T15:00:00+02:00", MeetingHarness.Local(cancelled.Start));
        Assert.Single(await harness.RecordsAsync(), r => r.Channel == OutboxChannel.Mail && r.Labels.Kind == MeetingEvents.Cancelled);
        Assert.Contains(timeline, e => e.Kind == MeetingEvents.AgendaRequested && MeetingHarness.Local(e.Start) == "2026-11-10T15:00:00+01:00");
        Assert.Equal(OrchestrationRuntimeStatus.Running, (await harness.Client.GetInstanceAsync("meeting:proef:beraad"))!.RuntimeStatus);
    }

    [Fact]
    public async Task By_default_the_coordinators_are_asked_two_working_days_ahead_and_the_meeting_without_mbo_goes_ahead()
    {
        var config = MeetingHarness.Config();
        Assert.Equal(QuorumOnMissing.Ask, Assert.Single(config.Meetings).Quorum.OnMissing);
        var responses = Responses.Parse(config, "default: accepted\nrules:\n  - { series: beraad, date: 2026-10-13, who: 'kind:mbo', response: declined, comment: Examens }\n");
        await using var harness = await MeetingHarness.StartAsync(azurite, responses, Start);

        await harness.StartCyclesAsync(config);
        await harness.RunUntilAsync(new LocalDateTime(2026, 10, 14, 9, 0));

        var october = (await harness.TimelineAsync()).Where(e => MeetingHarness.Local(e.Start) == "2026-10-13T15:00:00+02:00").ToList();
        Assert.Equal(
            [
                "2026-09-15T15:00:00+02:00 meeting.agenda-requested",
                "2026-09-22T15:00:00+02:00 meeting.invited",
                // Two working days before the deadline (Tuesday 6 October): Friday 2 October, to the coordinators only.
                "2026-10-02T15:00:00+02:00 meeting.at-risk coco@proef.example",
                // Nobody acted: the default holds the meeting for everyone instead of a rule cancelling it.
                "2026-10-06T17:00:00+02:00 meeting.confirmed",
                "2026-10-13T17:00:00+02:00 meeting.held",
            ],
            october.Select(e => $"{MeetingHarness.Local(e.At)} {e.Kind}" + (e.Kind == MeetingEvents.AtRisk ? " " + string.Join(' ', e.Recipients!) : string.Empty)));
        var atRisk = Assert.Single(october, e => e.Kind == MeetingEvents.AtRisk);
        Assert.Equal("Deze keer kan niemand van het mbo aanwezig zijn.", atRisk.Reason);
        var confirmed = Assert.Single(october, e => e.Kind == MeetingEvents.Confirmed);
        Assert.Equal(5, confirmed.Recipients!.Count);
        Assert.Equal("Het overleg gaat door zonder besluit van de coördinatoren. Deze keer kan niemand van het mbo aanwezig zijn.", confirmed.Reason);

        var records = await harness.RecordsAsync();
        var ask = Assert.Single(records, r => r.Labels.Kind == MeetingEvents.AtRisk);
        Assert.Equal(["coco@proef.example"], ask.Recipients);
        // The test file gives the series no name with an article: its title as it stands.
        Assert.Equal("Gaat Proefberaad van dinsdag 13 oktober 2026 door?", ask.Subject);
        Assert.DoesNotContain(records, r => r.Status == OutboxStatus.Cancelled || r.Labels.Kind == MeetingEvents.Cancelled);
        var invitation = Assert.Single(records, r => r.Channel == OutboxChannel.Calendar && r.Labels.Values["occurrence"] == "2026-10-13");
        Assert.False((await harness.EventAsync(invitation.EventId!)).Cancelled);
    }

    [Fact]
    public async Task A_coordinator_calling_off_the_meeting_at_risk_cancels_it_then_and_the_deadline_decides_nothing_more()
    {
        var config = MeetingHarness.Config();
        var responses = Responses.Parse(config, "default: accepted\nrules:\n  - { series: beraad, date: 2026-10-13, who: 'kind:mbo', response: declined }\n");
        await using var harness = await MeetingHarness.StartAsync(azurite, responses, Start);
        await harness.StartCyclesAsync(config);
        await harness.RunUntilAsync(new LocalDateTime(2026, 10, 5, 10, 0));
        Assert.Single(await harness.TimelineAsync(), e => e.Kind == MeetingEvents.AtRisk);

        // As the "afgelasten" link or the dashboard's button raises it, on Monday morning before the deadline.
        await MeetingCoordinatorCommands.DecideAsync(harness.Client, "proef", "beraad", new LocalDate(2026, 10, 13), OccurrenceDecisions.Cancel, "coco");
        await harness.SettleAsync();
        await harness.RunUntilAsync(new LocalDateTime(2026, 10, 14, 9, 0));

        var october = (await harness.TimelineAsync()).Where(e => MeetingHarness.Local(e.Start) == "2026-10-13T15:00:00+02:00").ToList();
        Assert.Equal(
            [MeetingEvents.AgendaRequested, MeetingEvents.Invited, MeetingEvents.AtRisk, MeetingEvents.Cancelled],
            october.Select(e => e.Kind));
        var cancelled = october[^1];
        Assert.Equal("2026-10-05T10:00:00+02:00", MeetingHarness.Local(cancelled.At));
        Assert.Equal(5, cancelled.Recipients!.Count);
        Assert.True((await harness.EventAsync(Assert.Single(await harness.InvitationsAsync(), r => r.Labels.Values["occurrence"] == "2026-10-13").EventId!)).Cancelled);
    }

    private sealed class GoneOnCancel(IMessageGateway inner) : IMessageGateway
    {
        public Task<CalendarEventRef> CreateEventAsync(CalendarEventRequest request, CancellationToken cancellationToken = default) => inner.CreateEventAsync(request, cancellationToken);

        public Task<CalendarEventRef> UpdateEventAsync(CalendarEventUpdate update, CancellationToken cancellationToken = default) => inner.UpdateEventAsync(update, cancellationToken);

        public Task CancelEventAsync(CalendarEventCancellation cancellation, CancellationToken cancellationToken = default) =>
            throw new MessageDeliveryException("The specified object was not found in the store.", "ErrorItemNotFound", 404, isTransient: false);

        public Task<IReadOnlyList<AttendeeResponse>> GetResponsesAsync(CalendarEventRef calendarEvent, CancellationToken cancellationToken = default) => inner.GetResponsesAsync(calendarEvent, cancellationToken);

        public Task<MessageReceipt> SendMailAsync(MailMessage message, CancellationToken cancellationToken = default) => inner.SendMailAsync(message, cancellationToken);
    }

    [Fact]
    public async Task Low_turnout_alerts_the_coordinators_with_the_decliners_and_their_comments()
    {
        var config = MeetingHarness.Config();
        var responses = Responses.Parse(config, """
            default: accepted
            rules:
              - { series: beraad, who: anna, response: declined, comment: Ziek }
              - { series: beraad, who: bart, response: declined, comment: "Open dag <vmbo>" }
              - { series: beraad, who: coco, response: tentative }
            """);
        await using var harness = await MeetingHarness.StartAsync(azurite, responses, Start);

        await harness.StartCyclesAsync(config);
        await harness.RunUntilAsync(new LocalDateTime(2026, 10, 7, 9, 0));

        var timeline = await harness.TimelineAsync();
        var alert = Assert.Single(timeline, e => e.Kind == MeetingEvents.LowTurnout);
        Assert.Equal("2 van 5 aangemeld; afgemeld: Anna Akkermans (Ziek); Bart Bosman (Open dag <vmbo>)", alert.Reason);
        Assert.Equal(["coco@proef.example"], alert.Recipients);
        Assert.Single(timeline, e => e.Kind == MeetingEvents.Confirmed);
        var record = Assert.Single(await harness.RecordsAsync(), r => r.Labels.Kind == MeetingEvents.LowTurnout);
        using var mail = await MimeMessage.LoadAsync(harness.Gateway.GetPath(record));
        Assert.Equal(["coco@proef.example"], mail.To.Mailboxes.Select(m => m.Address));
        Assert.Contains("Anna Akkermans (Vmbo A): “Ziek”", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Open dag &lt;vmbo&gt;", mail.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_date_on_a_configured_holiday_is_skipped_with_the_holidays_name_and_nobody_is_invited()
    {
        var config = MeetingHarness.Config();
        await using var harness = await MeetingHarness.StartAsync(azurite, Responses.Parse(config, "default: accepted"), new LocalDate(2026, 11, 11));

        await harness.StartCyclesAsync(config);
        await harness.RunUntilAsync(new LocalDateTime(2026, 12, 9, 9, 0));

        var timeline = await harness.TimelineAsync();
        var skipped = Assert.Single(timeline, e => e.Kind == MeetingEvents.Skipped);
        Assert.Equal("Studiedag", skipped.Reason);
        Assert.Equal("2026-12-08T15:00:00+01:00", MeetingHarness.Local(skipped.At));
        Assert.Equal("2026-12-08T15:00:00+01:00", MeetingHarness.Local(skipped.Start));
        Assert.Null(skipped.Recipients);
        Assert.DoesNotContain(timeline, e => e.Kind != MeetingEvents.Skipped && MeetingHarness.Local(e.Start).StartsWith("2026-12-08", StringComparison.Ordinal));

        // The cycle then goes on to January (12 January, answers by 5 January). 21 days ahead would be 22 December,
        // in the Christmas holiday; the last working day before it (18 December) leaves fewer than five working days
        // to answer, so the invitation goes on 15 December and the chair is asked the working day before it.
        Assert.Equal(
            ["2026-12-08T15:00:00+01:00 meeting.skipped", "2026-12-14T15:00:00+01:00 meeting.agenda-requested", "2026-12-15T15:00:00+01:00 meeting.invited"],
            (await RunOnAsync(harness, new LocalDateTime(2026, 12, 23, 9, 0))).Select(e => $"{MeetingHarness.Local(e.At)} {e.Kind}"));
    }

    [Fact]
    public async Task Invitation_before_the_clocks_go_back_keeps_the_meeting_at_15_00_local_after_it()
    {
        var config = MeetingHarness.Config();
        await using var harness = await MeetingHarness.StartAsync(azurite, Responses.Parse(config, "default: accepted"), new LocalDate(2026, 10, 14));

        await harness.StartCyclesAsync(config);
        await harness.RunUntilAsync(new LocalDateTime(2026, 11, 10, 18, 0));

        var timeline = await harness.TimelineAsync();
        var invited = Assert.Single(timeline, e => e.Kind == MeetingEvents.Invited);
        // 21 days ahead falls in the autumn holiday (17-25 October): the last working day before it, still before the
        // clocks go back on 25 October.
        Assert.Equal("2026-10-16T15:00:00+02:00", MeetingHarness.Local(invited.At));
        Assert.Equal("2026-11-10T15:00:00+01:00", MeetingHarness.Local(invited.Start));
        Assert.Equal("2026-11-10T17:00:00+01:00", MeetingHarness.Local(invited.End));
        var held = Assert.Single(timeline, e => e.Kind == MeetingEvents.Held);
        Assert.Equal("2026-11-10T17:00:00+01:00", MeetingHarness.Local(held.At));

        var created = Assert.Single(await harness.InvitationsAsync());
        Assert.Equal(new DateTimeOffset(2026, 11, 10, 14, 0, 0, TimeSpan.Zero), (await harness.EventAsync(created.EventId!)).Start.ToUniversalTime());
        var ics = Assert.Single(Calendar.Load(harness.FileText(created))!.Events);
        Assert.Equal("Europe/Amsterdam", ics.DtStart!.TzId);
        Assert.Equal(new DateTime(2026, 11, 10, 15, 0, 0), ics.DtStart.Value);
    }

    private static async Task<IReadOnlyList<TimelineEvent>> RunOnAsync(MeetingHarness harness, LocalDateTime until)
    {
        await harness.RunUntilAsync(until);
        return await harness.TimelineAsync();
    }
}
