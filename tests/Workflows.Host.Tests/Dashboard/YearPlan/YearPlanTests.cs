using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ical.Net.CalendarComponents;
using NodaTime;
using NodaTime.Text;
using Workflows.Host.Tests.Dashboard.Overview;
using Workflows.Orchestrations.Meetings;
using Workflows.Partnerships.Planning;
using Workflows.Testing;

namespace Workflows.Host.Tests.Dashboard.YearPlan;

/// <summary>
/// The year plan on the Profijt sample, three days into the 2026–2027 school year, with the 17 November directieberaad
/// cancelled ahead from the dashboard: the calendar feeds (parsed back with Ical.Net, checked against the planner), their
/// tokens, and the printable page.
/// </summary>
[Collection("dashboard-azurite")]
public sealed class YearPlanTests(AzuriteFixture azurite) : DashboardHostTests(azurite)
{
    private const string Cancelled = "2026-11-17";

    private protected override async Task PrepareAsync(DashboardHost host)
    {
        await host.RunUntilAsync(new LocalDateTime(2026, 8, 3, 9, 0));
        var (status, _) = await host.PostFormAsync($"dashboard/series/directieberaad/occurrences/{Cancelled}/cancel", [new("reason", "Studiereis"), new("confirmed", "yes")]);
        Assert.Equal(HttpStatusCode.OK, status);
        await Eventually.UntilAsync(host, async () =>
        {
            var instance = await host.Client.GetInstanceAsync(SeriesSnapshots.InstanceId("profijt", "directieberaad"), getInputsAndOutputs: true);
            return instance!.ReadInputAs<MeetingCycleInput>()!.Overrides?.Any(o => o.Date == Cancelled && o.Cancelled) == true;
        }, "the cycle takes in the cancellation");
    }

    [Fact]
    public async Task The_series_and_person_feeds_hold_the_planned_occurrences_of_two_school_years_and_refused_tokens_all_get_the_same_404()
    {
        var sample = ProfijtSample.Load();
        var config = sample.Config;
        var zone = PartnershipPlanner.Zone(config);

        // Without the key no URL is handed out; with it, the same URL twice until revoked.
        using (var noKey = await Host.Anonymous.PostAsync(new Uri("api/calendar/series/directieberaad/token", UriKind.Relative), null))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, noKey.StatusCode);
        }

        var issued = await IssueAsync("series/directieberaad");
        Assert.Equal(issued, await IssueAsync("series/directieberaad"));
        using var unknown = await Host.Http.PostAsync(new Uri("api/calendar/series/no-such-series/token", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);

        // The feed, anonymous, as a calendar client fetches it.
        var (calendar, text) = await FeedAsync(issued);
        Assert.Contains("X-WR-CALNAME:Directieberaad Profijt", text, StringComparison.Ordinal);
        Assert.Contains("REFRESH-INTERVAL;VALUE=DURATION:PT12H", text, StringComparison.Ordinal);
        Assert.Contains("X-PUBLISHED-TTL:PT12H", text, StringComparison.Ordinal);
        Assert.DoesNotContain("ATTENDEE", text, StringComparison.Ordinal);
        Assert.DoesNotContain("@", text.Replace("@profijt.calendar.workflows", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal("Europe/Amsterdam", Assert.Single(calendar.TimeZones).TzId);

        // Every planned occurrence of 2026–2027 and 2027–2028, at its time in Amsterdam (summer and winter time), nothing else.
        var meeting = config.FindMeeting("directieberaad")!;
        var planned = PartnershipPlanner.Occurrences(config, meeting, new LocalDate(2026, 8, 1), new LocalDate(2028, 7, 31)).Occurrences;
        Assert.True(planned.Count > 8);
        Assert.Equal(planned.Count, calendar.Events.Count);
        var byUid = calendar.Events.ToDictionary(e => e.Uid!, StringComparer.Ordinal);
        foreach (var occurrence in planned)
        {
            string date = LocalDatePattern.Iso.Format(occurrence.Date);
            var item = byUid[$"directieberaad-{date}@profijt.calendar.workflows"];
            Assert.Equal("Directieberaad Profijt", item.Summary);
            Assert.Equal("Europe/Amsterdam", item.DtStart!.TzId);
            Assert.Equal(occurrence.Start.LocalDateTime.ToDateTimeUnspecified(), item.DtStart.Value);
            Assert.Equal(occurrence.Start.ToDateTimeUtc(), item.DtStart.AsUtc);
            Assert.Equal(occurrence.End.ToDateTimeUtc(), item.DtEnd!.AsUtc);
            Assert.Equal(date == Cancelled ? "CANCELLED" : "CONFIRMED", item.Status);
        }

        // 15 September is summer time (13:00 UTC for 15.00), 17 November winter time (14:00 UTC).
        Assert.Equal(new DateTime(2026, 9, 15, 13, 0, 0, DateTimeKind.Utc), byUid["directieberaad-2026-09-15@profijt.calendar.workflows"].DtStart!.AsUtc);
        Assert.Equal(new DateTime(2026, 11, 17, 14, 0, 0, DateTimeKind.Utc), byUid["directieberaad-2026-11-17@profijt.calendar.workflows"].DtStart!.AsUtc);

        // A second fetch has the same UIDs (a client updates its items rather than adding new ones).
        var (again, _) = await FeedAsync(issued);
        Assert.Equal(byUid.Keys.Order(StringComparer.Ordinal), again.Events.Select(e => e.Uid!).Order(StringComparer.Ordinal));

        // A person's feed: every series she is invited to, with the same UIDs as the series feeds.
        var carla = await IssueAsync("people/carla-stortelder");
        var (personal, personalText) = await FeedAsync(carla);
        Assert.Contains("X-WR-CALNAME:Overleggen Profijt", personalText, StringComparison.Ordinal);
        var hers = config.Meetings.Where(m => SeriesSnapshots.Create(config, m).Members.Any(x => x.Id == "carla-stortelder")).Select(m => m.Id).ToHashSet();
        Assert.Contains("directieberaad", hers);
        Assert.Equal(hers, personal.Events.Select(e => e.Uid![..e.Uid!.LastIndexOf('-', e.Uid.IndexOf('@', StringComparison.Ordinal) - 7)]).ToHashSet());
        Assert.Superset(personal.Events.Select(e => e.Uid!).ToHashSet(), byUid.Keys.ToHashSet());

        // Refused alike: tampered, cut short, missing, for a series the configuration does not have, and revoked.
        string token = Token(issued);
        string tampered = token[..5] + (token[5] == 'A' ? 'B' : 'A') + token[6..];
        var refusals = new List<string>();
        foreach (string path in new[] { $"api/calendar/{tampered}.ics", $"api/calendar/{token[..^3]}.ics", "api/calendar/x.ics" })
        {
            refusals.Add(await RefusedAsync(path));
        }

        // No token at all matches no route: the app's plain 404.
        await RefusedAsync("api/calendar/.ics");

        var revoked = await RevokeAsync("series/directieberaad");
        Assert.NotEqual(issued, revoked);
        refusals.Add(await RefusedAsync(issued));
        Assert.Equal(revoked, await IssueAsync("series/directieberaad"));
        Assert.Equal(planned.Count, (await FeedAsync(revoked)).Calendar.Events.Count);

        // Revoking one scope leaves the others working.
        Assert.NotEmpty((await FeedAsync(carla)).Calendar.Events);
        Assert.True(refusals.Distinct(StringComparer.Ordinal).Count() == 1, string.Join("\n---\n", refusals));
        Assert.Contains("detail=Dit agenda-abonnement bestaat niet of niet meer.", Assert.Single(refusals.Distinct(StringComparer.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_year_plan_lists_the_coming_school_years_dates_per_series_in_Dutch_with_the_feed_urls()
    {
        var config = ProfijtSample.Load().Config;
        var page = await Host.GetDocumentAsync("dashboard/year-plan?year=2026");
        Assert.Equal("Jaarplanning 2026–2027", page.QuerySelector("main h1")!.TextContent.Trim());
        Assert.Contains("De overleggen van Profijt in het schooljaar 2026–2027, voor het jaarrooster van uw school.", page.QuerySelector(".plan-intro")!.TextContent, StringComparison.Ordinal);

        foreach (var meeting in config.Meetings)
        {
            var section = page.QuerySelector($"section.plan-series[data-series='{meeting.Id}']");
            Assert.NotNull(section);
            Assert.Equal(meeting.Title, section.QuerySelector("h2")!.TextContent.Trim());
            var planned = PartnershipPlanner.Occurrences(config, meeting, new LocalDate(2026, 8, 1), new LocalDate(2027, 7, 31)).Occurrences;
            Assert.Equal(planned.Select(o => LocalDatePattern.Iso.Format(o.Date)), section.QuerySelectorAll("li[data-date]").Select(li => li.GetAttribute("data-date")!));
        }

        var dates = page.QuerySelector("section.plan-series[data-series='directieberaad']")!;
        Assert.Equal("dinsdag 15 september 2026, 15.00–17.00 uur", dates.QuerySelector("li[data-date='2026-09-15']")!.TextContent.Trim());
        Assert.Equal("dinsdag 17 november 2026, 15.00–17.00 uur: gaat niet door", dates.QuerySelector("li[data-date='2026-11-17']")!.TextContent.Trim());

        // The feed URLs are the ones the API hands out, and they work.
        var urls = page.QuerySelectorAll(".plan-feeds code.feed-url").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(config.Meetings.Count, urls.Count);
        Assert.Contains(await IssueAsync("series/directieberaad"), urls);

        // The default is the coming school year; an impossible year is refused with the form's error.
        Assert.Equal("Jaarplanning 2027–2028", (await Host.GetDocumentAsync("dashboard/year-plan")).QuerySelector("main h1")!.TextContent.Trim());
        using var bad = await Host.Http.GetAsync(new Uri("dashboard/year-plan?year=20x6", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("wordt niet herkend", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Signed-in only; linked from the overview.
        using var anonymous = await Host.Anonymous.GetAsync(new Uri("dashboard/year-plan", UriKind.Relative));
        Assert.NotEqual(HttpStatusCode.OK, anonymous.StatusCode);
        Assert.NotNull((await Host.GetDocumentAsync("dashboard")).QuerySelector("a[href='/dashboard/year-plan']"));
    }

    private async Task<string> IssueAsync(string scope)
    {
        using var response = await Host.Http.PostAsync(new Uri($"api/calendar/{scope}/token", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("url").GetString()!;
    }

    private async Task<string> RevokeAsync(string scope)
    {
        using var response = await Host.Http.DeleteAsync(new Uri($"api/calendar/{scope}/token", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("url").GetString()!;
    }

    private static string Token(string url)
    {
        string path = new Uri(url).AbsolutePath;
        return path["/api/calendar/".Length..^".ics".Length];
    }

    private async Task<(Ical.Net.Calendar Calendar, string Text)> FeedAsync(string url)
    {
        using var response = await Host.Anonymous.GetAsync(new Uri(new Uri(url).PathAndQuery.TrimStart('/'), UriKind.Relative));
        string text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {text}");
        Assert.Equal("text/calendar; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        return (Ical.Net.Calendar.Load(text)!, text);
    }

    /// <summary>The refusal's status, type and body: every refusal must read the same.</summary>
    private async Task<string> RefusedAsync(string urlOrPath)
    {
        string path = Uri.TryCreate(urlOrPath, UriKind.Absolute, out var absolute) ? absolute.PathAndQuery.TrimStart('/') : urlOrPath;
        using var response = await Host.Anonymous.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        // Everything but the request's own trace id.
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return string.Join('\n', body.EnumerateObject().Where(p => p.Name != "traceId").Select(p => $"{p.Name}={p.Value}"));
    }
}
