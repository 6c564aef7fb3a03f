using NodaTime;
using Workflows.Host.Simulation;
using Workflows.Orchestrations.Minutes;
using Workflows.Partnerships.Configuration;

namespace Workflows.Host.Tests.Simulation;

/// <summary>The responses file's <c>minutes:</c>: a verslag with its action items, approval and done dates, read or located.</summary>
public sealed class ResponsesFileMinutesTests
{
    private static readonly PartnershipConfig Config =
        PartnershipConfigLoader.Load(CliRun.Sample("element.yaml"), new LocalDate(2026, 11, 23)).Config!;

    [Fact]
    public void A_verslag_is_read_with_its_items_approval_moment_and_done_dates()
    {
        var (file, errors) = ResponsesFileReader.Parse(
            "default: accepted\nminutes:\n  - series: routeoverleg\n    date: 2026-11-04\n    text: |\n      Eerste alinea.\n\n      Tweede alinea.\n    at: 2026-11-06T10:30\n"
            + "    actionItems:\n      - { what: Rooster doorsturen, owner: hanneke-bos, due: 2026-11-20, done: 2026-11-18 }\n      - { what: Stageplekken tellen, owner: sophie-de-wit, due: 2026-12-04 }\n"
            + "  - { series: routeoverleg, date: 2026-11-04, text: Kort, approve: false }\n",
            "r.yaml",
            Config);

        Assert.Empty(errors);
        var first = file!.Minutes[0];
        Assert.Equal(("routeoverleg", new LocalDate(2026, 11, 4), "Eerste alinea.\n\nTweede alinea.\n", true), (first.Series, first.Date, first.Text, first.Approve));
        Assert.Equal(new LocalDateTime(2026, 11, 6, 10, 30), first.At);
        Assert.Equal([new ActionItemDraft("Rooster doorsturen", "hanneke-bos", "2026-11-20"), new ActionItemDraft("Stageplekken tellen", "sophie-de-wit", "2026-12-04")], first.ActionItems);
        var done = Assert.Single(first.Done);
        Assert.Equal((ActionItemKeys.Of("hanneke-bos", "Rooster doorsturen"), new LocalDate(2026, 11, 18)), (done.Key, done.Value));
        Assert.False(file.Minutes[1].Approve);
        Assert.Null(file.Minutes[1].At);
    }

    [Theory]
    [InlineData("{ series: route, date: 2026-11-04, text: x }", "r.yaml:3:15: minutes: no meeting series 'route'; the configuration has: routeoverleg")]
    [InlineData("{ series: routeoverleg, date: 2026-11-05, text: x }", "r.yaml:3:35: minutes: series 'routeoverleg' has no meeting on 2026-11-05")]
    [InlineData("{ series: routeoverleg, date: 2026-11-04 }", "r.yaml:3:5: 'text' is missing")]
    [InlineData("{ series: routeoverleg, date: 2026-11-04, text: x, approve: ja }", "r.yaml:3:65: minutes: approve is true or false")]
    [InlineData("{ series: routeoverleg, date: 2026-11-04, text: x, at: morgen }", "r.yaml:3:60: minutes: at must be yyyy-MM-ddTHH:mm (local time)")]
    [InlineData("{ series: routeoverleg, date: 2026-11-04, text: x, actionItems: [{ what: a, owner: peter-mulder, due: 2026-11-20 }] }", "r.yaml:3:70: minutes: owner 'peter-mulder' is not a member, chair or coordinator of this series.")]
    [InlineData("{ series: routeoverleg, date: 2026-11-04, text: x, actionItems: [{ what: a, owner: hanneke-bos, due: 2026-11-04 }] }", "r.yaml:3:70: minutes: due must come after the meeting (2026-11-04).")]
    [InlineData("{ series: routeoverleg, date: 2026-11-04, text: x, actionItems: [{ what: a, owner: hanneke-bos, due: 2026-11-20, done: ja }] }", "r.yaml:3:124: minutes: done must be the date the item was done, yyyy-MM-dd")]
    [InlineData("{ series: routeoverleg, date: 2026-11-04, text: x, actionItems: [{ what: a, owner: hanneke-bos }] }", "r.yaml:3:70: 'due' is missing")]
    [InlineData("{ series: routeoverleg, date: 2026-11-04, text: x, actionItems: [{ what: a, who: hanneke-bos, due: 2026-11-20 }] }", "r.yaml:3:81: minutes: actionItems: unknown key 'who' (expected what, owner, due, done)")]
    public void A_bad_entry_is_located(string entry, string expected)
    {
        var (file, errors) = ResponsesFileReader.Parse($"default: accepted\nminutes:\n  - {entry}\n", "r.yaml", Config);

        Assert.Null(file);
        Assert.Contains(expected, errors.Select(e => e.ToString()));
    }
}
