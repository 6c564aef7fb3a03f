using System.Globalization;
using System.Text.Json;

namespace Workflows.Host.Tests.Simulation;

/// <summary>
/// Issue 16, point 2, through <c>simulate</c>: a fortnightly overleg (FREQ=WEEKLY;INTERVAL=2) with invitations 14 days
/// and agenda requests 21 days ahead. Its occurrences overlap, so each invitation and agenda request goes on its own
/// planned working day, not the day after the previous meeting (as when a cycle handled one occurrence at a time).
/// </summary>
[Collection(SimulationCollectionDefinition.Name)]
public sealed class FortnightlySeriesTests : IDisposable
{
    private readonly string _out = Path.Combine(Path.GetTempPath(), "fortnightly-" + Guid.NewGuid().ToString("N")[..8]);

    [Fact]
    public async Task Every_invitation_and_agenda_request_of_an_autumn_term_goes_on_its_planned_working_day()
    {
        Directory.CreateDirectory(_out);
        string responses = Path.Combine(_out, "responses.yaml");
        await File.WriteAllTextAsync(responses, "default: accepted\n");

        var (exit, _, error) = await CliRun.InProcessAsync(
            "simulate", CliRun.Config("fortnightly.yaml"), "--from", "2026-09-01", "--to", "2026-12-18", "--out", Path.Combine(_out, "run"), "--responses", responses);

        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_out, "run", "timeline.json")));
        var events = json.RootElement.GetProperty("events").EnumerateArray()
            .Select(e => (At: e.GetProperty("at").GetString()!, Kind: e.GetProperty("kind").GetString()!, Start: e.GetProperty("start").GetString()!))
            .Where(e => string.CompareOrdinal(e.Start, "2026-12-19") < 0)
            .ToList();

        // Worked out by hand from the school calendar (midden 2026-27: herfstvakantie 17-25 October): the lead times
        // exactly, except where a day falls in the holiday.
        Assert.Equal(
            [
                "2026-09-09T15:00:00+02:00 agenda 2026-09-30",
                "2026-09-16T15:00:00+02:00 invite 2026-09-30",
                "2026-09-23T15:00:00+02:00 agenda 2026-10-14",
                "2026-09-30T15:00:00+02:00 invite 2026-10-14",
                "2026-10-07T15:00:00+02:00 agenda 2026-10-28",
                // Answers due 21 October fall in the holiday: due Friday 16 October, and the invitation goes five
                // working days before that (the floor), not on 14 October.
                "2026-10-09T15:00:00+02:00 invite 2026-10-28",
                // 21 October is in the holiday: the last working day before it.
                "2026-10-16T15:00:00+02:00 agenda 2026-11-11",
                "2026-10-28T15:00:00+01:00 invite 2026-11-11",
                "2026-11-04T15:00:00+01:00 agenda 2026-11-25",
                "2026-11-11T15:00:00+01:00 invite 2026-11-25",
                "2026-11-18T15:00:00+01:00 agenda 2026-12-09",
                "2026-11-25T15:00:00+01:00 invite 2026-12-09",
            ],
            events
                .Where(e => e.Kind is "meeting.agenda-requested" or "meeting.invited")
                .Select(e => $"{e.At} {(e.Kind == "meeting.invited" ? "invite" : "agenda")} {e.Start[..10]}"));
        Assert.DoesNotContain(events, e => e.Kind is "meeting.agenda-skipped" or "meeting.skipped" or "meeting.cancelled" or "workflow.step-failed");

        // Every meeting of the term is held; each invitation after the first goes out before the previous meeting is
        // held (never the day after it).
        var held = events.Where(e => e.Kind == "meeting.held").Select(e => e.Start).ToList();
        Assert.Equal(
            ["2026-09-30T15:00:00+02:00", "2026-10-14T15:00:00+02:00", "2026-10-28T15:00:00+01:00", "2026-11-11T15:00:00+01:00", "2026-11-25T15:00:00+01:00", "2026-12-09T15:00:00+01:00"],
            held);
        var invitations = events.Where(e => e.Kind == "meeting.invited").ToList();
        for (int i = 1; i < invitations.Count; i++)
        {
            var at = DateTimeOffset.Parse(invitations[i].At, CultureInfo.InvariantCulture);
            var previous = DateTimeOffset.Parse(held[i - 1], CultureInfo.InvariantCulture);
            Assert.True(at <= previous, $"the invitation for {invitations[i].Start} went out on {invitations[i].At}, after the meeting of {held[i - 1]} began");
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(_out))
        {
            Directory.Delete(_out, recursive: true);
        }
    }
}
