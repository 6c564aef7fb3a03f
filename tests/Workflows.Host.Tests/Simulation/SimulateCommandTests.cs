using System.Globalization;
using System.Text.Json;

namespace Workflows.Host.Tests.Simulation;

/// <summary>
/// <c>simulate</c> as the command line runs it: its own Azurite, the workflows on the virtual-time runtime, the outbox and
/// the timeline files (DESIGN.md's contract).
/// </summary>
[Collection(SimulationCollectionDefinition.Name)]
public sealed class SimulateCommandTests(SimulatedYears years) : IDisposable
{
    private readonly string _out = Path.Combine(Path.GetTempPath(), "simulate-" + Guid.NewGuid().ToString("N")[..8]);

    [Fact]
    public async Task Profijt_school_year_gives_a_timeline_in_the_designed_shape_with_the_coordinators_asked_and_the_july_meeting_the_week_before()
    {
        var year = await years.GetAsync("profijt.yaml", "profijt-responses.yaml");

        Assert.True(year.Exit == 0, year.Error);
        Assert.Contains("timeline.json", year.Output, StringComparison.Ordinal);
        Assert.Contains("simulate: 2027-07", year.Error, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(year.TimelineJson));
        var root = json.RootElement;
        Assert.Equal("2026-08-01", root.GetProperty("from").GetString());
        Assert.Equal("2027-07-31", root.GetProperty("to").GetString());
        var events = root.GetProperty("events").EnumerateArray().ToList();
        Assert.NotEmpty(events);

        var times = events.Select(e => DateTimeOffset.Parse(e.GetProperty("at").GetString()!, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(times.Order(), times);
        Assert.All(events, e =>
        {
            string kind = e.GetProperty("kind").GetString()!;
            string[] fields = kind.StartsWith("meeting.", StringComparison.Ordinal)
                ? ["at", "kind", "workflow", "instance", "series", "start", "end"]
                : kind.StartsWith("subsidy.", StringComparison.Ordinal) ? ["at", "kind", "workflow", "instance", "round"] : ["at", "kind", "workflow", "instance", "convenant"];
            foreach (string field in fields)
            {
                Assert.True(e.TryGetProperty(field, out var value) && value.GetString() is { Length: > 0 }, $"{field} missing in {e}");
            }

            Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$", e.GetProperty("at").GetString()!);
            bool sends = kind is not ("meeting.held" or "meeting.skipped" or "meeting.agenda-skipped" or "meeting.agenda-item-proposed" or "review.held" or "subsidy.deadline-changed");
            Assert.Equal(sends, e.TryGetProperty("recipients", out _));
            if (sends)
            {
                // Nothing goes out on a weekend (the holidays are checked by the planner's tests and properties).
                Assert.True(DateTimeOffset.Parse(e.GetProperty("at").GetString()!, CultureInfo.InvariantCulture).DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday), $"sent on a weekend: {e}");
            }
        });

        var directieberaad = events.Where(e => e.TryGetProperty("series", out var series) && series.GetString() == "directieberaad").ToList();
        var invited = directieberaad.Where(e => e.GetProperty("kind").GetString() == "meeting.invited").ToList();
        // Six meetings: the July one (20 July, in the zomervakantie) is held the week before (holidays: previous-week).
        Assert.Equal(
            ["2026-09-15T15:00:00+02:00", "2026-11-17T15:00:00+01:00", "2027-01-19T15:00:00+01:00", "2027-03-16T15:00:00+01:00", "2027-05-18T15:00:00+02:00", "2027-07-13T15:00:00+02:00"],
            invited.Select(e => e.GetProperty("start").GetString()));
        // inviteLeadDays (21) ahead, or the last working day before when that day is in a holiday; the first is
        // caught up on the first working day after the zomervakantie, in which the simulation starts.
        Assert.Equal(
            [
                "2026-08-31T15:00:00+02:00", // 25 August: zomervakantie, before --from
                "2026-10-27T15:00:00+01:00", // exactly 21 days
                "2026-12-18T15:00:00+01:00", // 29 December: kerstvakantie
                "2027-02-19T15:00:00+01:00", // 23 February: voorjaarsvakantie
                "2027-04-23T15:00:00+02:00", // 27 April: Koningsdag, meivakantie
                "2027-06-22T15:00:00+02:00", // exactly 21 days
            ],
            invited.Select(e => e.GetProperty("at").GetString()));
        Assert.All(invited, e => Assert.Equal(26, e.GetProperty("recipients").GetArrayLength()));
        // Asked too late for the chair to be asked before it, the first invitation says so, in its own minute.
        var agendaSkipped = Assert.Single(directieberaad, e => e.GetProperty("kind").GetString() == "meeting.agenda-skipped");
        Assert.Equal("2026-08-31T15:00:00+02:00", agendaSkipped.GetProperty("at").GetString());
        Assert.Equal("2026-09-15T15:00:00+02:00", agendaSkipped.GetProperty("start").GetString());
        Assert.Equal(5, directieberaad.Count(e => e.GetProperty("kind").GetString() == "meeting.agenda-requested" && string.CompareOrdinal(e.GetProperty("start").GetString(), "2027-07-31") < 0));

        // No mbo sectordirecteur can come on 17 November: the coordinators are asked on the sixth (two working days
        // before the deadline of the tenth), and the responses file has Hilde call it off an hour later with the link.
        Assert.DoesNotContain(directieberaad, e => e.GetProperty("kind").GetString() is "meeting.skipped");
        var november = directieberaad.Where(e => e.GetProperty("start").GetString() == "2026-11-17T15:00:00+01:00").ToList();
        Assert.Equal(
            ["meeting.agenda-requested", "meeting.invited", "meeting.at-risk", "meeting.cancelled"],
            november.Select(e => e.GetProperty("kind").GetString()));
        var atRisk = november[2];
        Assert.Equal("2026-11-06T15:00:00+01:00", atRisk.GetProperty("at").GetString());
        Assert.Equal(["hilde.voskamp@profijt.example", "wim.heijink@profijt.example"], atRisk.GetProperty("recipients").EnumerateArray().Select(r => r.GetString()).Order(StringComparer.Ordinal));
        Assert.Equal("Deze keer kan geen mbo-sectordirecteur aanwezig zijn.", atRisk.GetProperty("reason").GetString());
        Assert.Equal("2026-11-06T16:00:00+01:00", november[3].GetProperty("at").GetString());
        Assert.Contains("hilde.voskamp@profijt.example", november[3].GetProperty("recipients").EnumerateArray().Select(r => r.GetString()));
        Assert.True(november[3].GetProperty("recipients").GetArrayLength() > 2, "every invitee gets the cancellation");
        Assert.Equal(5, directieberaad.Count(e => e.GetProperty("kind").GetString() == "meeting.held"));

        // Every series meets: the sample has a series per group, and no series is called off all year.
        var series = events.Where(e => e.TryGetProperty("series", out _)).GroupBy(e => e.GetProperty("series").GetString()!).ToDictionary(g => g.Key, g => g.ToList());
        Assert.Equal(13, series.Count);
        Assert.All(series, s => Assert.Contains(s.Value, e => e.GetProperty("kind").GetString() == "meeting.held"));
        // The work groups' answers: E&O's January meeting has low turnout (the coordinators ask why), MaT's February
        // meeting is called off by Wim because its only mbo teacher cannot come.
        Assert.Equal(["2027-01-18T15:00:00+01:00"], series["werkgroep-eo"].Where(e => e.GetProperty("kind").GetString() == "meeting.low-turnout").Select(e => e.GetProperty("start").GetString()));
        Assert.Equal(["2027-02-01T15:30:00+01:00"], series["werkgroep-mat"].Where(e => e.GetProperty("kind").GetString() == "meeting.cancelled").Select(e => e.GetProperty("start").GetString()));

        // The subsidy round: announced on the first working morning, the ladder, and the afdelingsleiders who
        // acknowledged on 20 May get no reminder after it; the summary at the deadline.
        var round = events.Where(e => e.TryGetProperty("round", out var id) && id.GetString() == "techniek-achterhoek-2027").ToList();
        Assert.Equal(
            [
                "2026-08-31T09:00:00+02:00 subsidy.announced",
                "2027-05-14T09:00:00+02:00 subsidy.reminded",
                "2027-06-01T09:00:00+02:00 subsidy.reminded",
                "2027-06-08T09:00:00+02:00 subsidy.reminded",
                "2027-06-14T09:00:00+02:00 subsidy.reminded",
                "2027-06-16T00:00:00+02:00 subsidy.closed",
            ],
            round.Where(e => e.GetProperty("kind").GetString() is not ("subsidy.acknowledged" or "subsidy.application-shared")).Select(e => $"{e.GetProperty("at").GetString()} {e.GetProperty("kind").GetString()}"));
        var acknowledged = round.Where(e => e.GetProperty("kind").GetString() == "subsidy.acknowledged").SelectMany(e => e.GetProperty("recipients").EnumerateArray().Select(r => r.GetString())).ToHashSet();
        Assert.NotEmpty(acknowledged);
        Assert.All(
            round.Where(e => e.GetProperty("kind").GetString() == "subsidy.reminded" && string.CompareOrdinal(e.GetProperty("at").GetString(), "2027-05-20") > 0),
            e => Assert.DoesNotContain(e.GetProperty("recipients").EnumerateArray(), r => acknowledged.Contains(r.GetString())));

        Assert.NotEmpty(Directory.GetFiles(year.Outbox, "*.ics"));
        Assert.NotEmpty(Directory.GetFiles(year.Outbox, "*.eml"));
        string html = await File.ReadAllTextAsync(year.TimelineHtml);
        Assert.Contains("<h2>november 2026</h2>", html, StringComparison.Ordinal);
        Assert.Contains("Coördinatoren gevraagd: doorgaan of afgelasten", System.Net.WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains("Agendapunten niet gevraagd", html, StringComparison.Ordinal);
        Assert.Contains("Docentenwerkgroep Z&amp;W", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Z&W", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_non_empty_out_directory_is_refused_with_exit_2_and_left_as_it_is()
    {
        Directory.CreateDirectory(Path.Combine(_out, "outbox"));
        string earlier = Path.Combine(_out, "outbox", "earlier-run.eml");
        await File.WriteAllTextAsync(earlier, "from an earlier run");

        var (exit, output, error) = await CliRun.InProcessAsync(
            "simulate", CliRun.Sample("profijt.yaml"), "--from", "2026-08-01", "--to", "2026-08-31", "--out", _out);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Equal(
            $"--out {Path.GetFullPath(_out)} is not empty: choose an empty or new directory, or add --force to delete what is in it first.",
            error.Trim());
        Assert.Equal("from an earlier run", await File.ReadAllTextAsync(earlier));
        Assert.False(File.Exists(Path.Combine(_out, "timeline.json")));
    }

    [Fact]
    public async Task Force_empties_the_out_directory_so_a_rerun_has_only_its_own_files()
    {
        Directory.CreateDirectory(Path.Combine(_out, "outbox"));
        await File.WriteAllTextAsync(Path.Combine(_out, "outbox", "earlier-run.eml"), "from an earlier run");
        await File.WriteAllTextAsync(Path.Combine(_out, "notes.txt"), "stray");
        Directory.CreateDirectory(Path.Combine(_out, "old", "deeper"));

        var (exit, _, error) = await CliRun.InProcessAsync(
            "simulate", CliRun.Sample("profijt.yaml"), "--from", "2026-08-01", "--to", "2026-09-30", "--out", _out, "--force");

        Assert.True(exit == 0, error);
        Assert.Equal(["outbox", "timeline.html", "timeline.json"], Directory.EnumerateFileSystemEntries(_out).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.DoesNotContain("earlier-run.eml", Directory.EnumerateFiles(Path.Combine(_out, "outbox")).Select(Path.GetFileName));
        Assert.NotEmpty(Directory.EnumerateFiles(Path.Combine(_out, "outbox")));
    }

    [Fact]
    public async Task Force_with_a_wrong_configuration_deletes_nothing()
    {
        Directory.CreateDirectory(_out);
        string earlier = Path.Combine(_out, "timeline.json");
        await File.WriteAllTextAsync(earlier, "{}");

        var (exit, _, _) = await CliRun.InProcessAsync(
            "simulate", CliRun.Config("ten-mistakes.yaml"), "--from", "2026-08-01", "--to", "2026-08-31", "--out", _out, "--force");

        Assert.Equal(2, exit);
        Assert.Equal("{}", await File.ReadAllTextAsync(earlier));
    }

    [Fact]
    public async Task An_out_path_that_is_a_file_is_refused_with_exit_2()
    {
        Directory.CreateDirectory(_out);
        string file = Path.Combine(_out, "a-file");
        await File.WriteAllTextAsync(file, "x");

        var (exit, _, error) = await CliRun.InProcessAsync(
            "simulate", CliRun.Sample("profijt.yaml"), "--from", "2026-08-01", "--to", "2026-08-31", "--out", file, "--force");

        Assert.Equal(2, exit);
        Assert.Equal($"--out {file} is a file, not a directory.", error.Trim());
        Assert.Equal("x", await File.ReadAllTextAsync(file));
    }

    [Fact]
    public async Task Mistakes_in_the_responses_file_are_located_and_nothing_runs()
    {
        Directory.CreateDirectory(_out);
        string responses = Path.Combine(_out, "responses.yaml");
        await File.WriteAllTextAsync(responses, """
            default: maybe
            rules:
              - series: directieberaad
                date: 2026-13-01
                who: role:bestuurder
                response: accepted
              - series: bestuursoverleg
                who: wendy-bosman
                response: declined
                commnet: typo
            acknowledge:
              - round: onbekend
                who: kind:mbo
            """);

        var (exit, output, error) = await CliRun.InProcessAsync(
            "simulate", CliRun.Sample("profijt.yaml"), "--from", "2026-08-01", "--to", "2026-08-31", "--out", Path.Combine(_out, "run"), "--responses", responses);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Equal(
            [
                $"{responses}:1:10: default: 'maybe' is not a response (expected accepted, declined, tentative or none)",
                $"{responses}:4:11: rules: date must be yyyy-MM-dd, not '2026-13-01'",
                $"{responses}:5:10: rules: who 'role:bestuurder' matches nobody",
                $"{responses}:7:13: rules: no meeting series 'bestuursoverleg'; the configuration has: directieberaad, klankbord-decanen, klankbord-zorg, werkgroep-bwi, werkgroep-pie, werkgroep-mt, werkgroep-mat, werkgroep-mvi, werkgroep-zw, werkgroep-eo, werkgroep-hbr, werkgroep-groen, werkgroep-dp",
                $"{responses}:10:5: rules: unknown key 'commnet' (expected series, date, who, response, comment)",
                $"{responses}:12:12: acknowledge: no subsidy round 'onbekend'; the configuration has: techniek-achterhoek-2027",
            ],
            error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.False(Directory.Exists(Path.Combine(_out, "run")));
    }

    public void Dispose()
    {
        if (Directory.Exists(_out))
        {
            Directory.Delete(_out, recursive: true);
        }
    }
}
