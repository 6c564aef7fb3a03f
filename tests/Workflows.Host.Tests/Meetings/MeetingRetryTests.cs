using NodaTime;
using Workflows.Messaging.Outbox;
using Workflows.Testing;

namespace Workflows.Host.Tests.Meetings;

[Collection("azurite")]
public sealed class MeetingRetryTests(AzuriteFixture azurite)
{
    private static readonly LocalDate Start = new(2026, 9, 9);

    [Fact]
    public async Task A_transient_invitation_failure_is_retried_on_the_virtual_clock_and_the_cycle_goes_on_with_one_invitation()
    {
        var config = MeetingHarness.Config();
        var responses = Responses.Parse(config, "default: accepted\n");
        FailOnceGateway? failing = null;
        await using var harness = await MeetingHarness.StartAsync(azurite, responses, Start, inner => failing = new FailOnceGateway(inner));
        failing!.Clock = harness.Clock;

        await harness.StartCyclesAsync(config);
        await harness.RunUntilAsync(new LocalDateTime(2026, 10, 13, 18, 0));

        // The failed attempt at the invitation time, the retry one minute later (the policy's first interval), same key.
        Assert.Equal(
            ["2026-09-22T15:00:00+02:00", "2026-09-22T15:01:00+02:00"],
            failing.Calls.Select(c => MeetingHarness.Local(c.At)));
        Assert.Single(failing.Calls.Select(c => c.Key).Distinct());
        var timeline = await harness.TimelineAsync();
        Assert.Equal(
            [
                "2026-09-15T15:00:00+02:00 meeting.agenda-requested",
                "2026-09-22T15:00:00+02:00 meeting.invited",
                "2026-10-06T17:00:00+02:00 meeting.confirmed",
                // November's agenda request (28 days ahead) is due before October's meeting ends: occurrences overlap.
                "2026-10-13T15:00:00+02:00 meeting.agenda-requested",
                "2026-10-13T17:00:00+02:00 meeting.held",
            ],
            timeline.Select(e => $"{MeetingHarness.Local(e.At)} {e.Kind}"));

        var invitation = Assert.Single(await harness.RecordsAsync(), r => r.Channel == OutboxChannel.Calendar);
        Assert.Equal(OutboxStatus.Sent, invitation.Status);
        Assert.Single(Directory.GetFiles(harness.Outbox, "*.ics", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task A_transient_mail_failure_is_retried_and_the_chair_gets_one_agenda_request()
    {
        var config = MeetingHarness.Config();
        var responses = Responses.Parse(config, "default: accepted\n");
        FailOnceGateway? failing = null;
        await using var harness = await MeetingHarness.StartAsync(azurite, responses, Start, inner => failing = new FailOnceGateway(inner, failMail: true));
        failing!.Clock = harness.Clock;

        await harness.StartCyclesAsync(config);
        await harness.RunUntilAsync(new LocalDateTime(2026, 9, 23, 12, 0));

        Assert.Equal(
            ["2026-09-15T15:00:00+02:00", "2026-09-15T15:01:00+02:00"],
            failing.Calls.Take(2).Select(c => MeetingHarness.Local(c.At)));
        Assert.Equal(failing.Calls[0].Key, failing.Calls[1].Key);
        var timeline = await harness.TimelineAsync();
        Assert.Equal(
            ["2026-09-15T15:00:00+02:00 meeting.agenda-requested", "2026-09-22T15:00:00+02:00 meeting.invited"],
            timeline.Select(e => $"{MeetingHarness.Local(e.At)} {e.Kind}"));
        var records = await harness.RecordsAsync();
        Assert.Single(records, r => r.Channel == OutboxChannel.Mail && r.Labels.Kind == "meeting.agenda-requested");
        Assert.Single(records, r => r.Channel == OutboxChannel.Calendar);
    }
}
