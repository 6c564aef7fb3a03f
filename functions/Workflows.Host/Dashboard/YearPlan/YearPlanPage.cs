using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.DurableTask.Client;
using Workflows.Host.Api.Calendar;
using Workflows.Messaging.Templates;
using Workflows.Partnerships.Configuration;

namespace Workflows.Host.Dashboard.YearPlan;

/// <summary>
/// The printable year plan at <c>/dashboard/year-plan?year=2026</c>: per series the dates of one school year (the
/// coming one by default), which coordinators send in June so the schools block them in their jaarrooster, with the
/// series' calendar feed URLs. What is sent goes to the partnership's people, so the plan is written in the
/// partnership's language whatever language the coordinator reads the dashboard in; the navigation around it is not printed.
/// </summary>
internal static class YearPlanPage
{
    public const string Path = DashboardEndpoints.Prefix + "/year-plan";

    public static void Map(RouteGroupBuilder dashboard)
    {
        dashboard.MapPage("/year-plan", RenderAsync);
    }

    private static async Task<IResult> RenderAsync(DashboardRequest r)
    {
        if (r.Config is not { } config)
        {
            return DashboardEndpoints.NoConfig(r, DashboardTab.Overview);
        }

        bool english = config.Partnership.Language == Language.En;
        var language = english ? MessageLanguage.English : MessageLanguage.Dutch;
        string T(string dutch, string en) => english ? en : dutch;

        var year = new SchoolYear(SchoolYear.Containing(r.Today).StartYear + 1);
        string? asked = r.Http.Request.Query["year"];
        if (asked is not null)
        {
            if (!SchoolYear.TryParse(asked, out var parsed))
            {
                return DashboardLayout.Page(r, DashboardTab.Overview, r.L("Jaarplanning", "Year plan"), Html.Of($"""
                    {DashboardForms.Errors(r, [r.L($"'{asked}' wordt niet herkend: geef het schooljaar als het jaar waarin het begint, bijvoorbeeld 2026 voor 2026–2027 ({SchoolYear.Earliest}–{SchoolYear.Latest}).", $"'{asked}' is not recognised: give the school year as the year it starts in, for example 2026 for 2026–2027 ({SchoolYear.Earliest}–{SchoolYear.Latest}).")])}
                    <p><a href="{Path}">{r.L("Naar de jaarplanning van het komende schooljaar", "To the coming school year's plan")}</a></p>
                    """), StatusCodes.Status400BadRequest);
            }

            year = parsed;
        }

        var feeds = r.Service<CalendarFeedServices>();
        var occurrences = await FeedOccurrences.ReadAsync(config, config.Meetings, year.First, year.Last, r.Service<DurableTaskClient>(), feeds.Timeline, r.Aborted).ConfigureAwait(false);
        var urls = new List<(Meeting Meeting, Uri Url)>();
        foreach (var meeting in config.Meetings)
        {
            urls.Add((meeting, (await feeds.IssueAsync(CalendarFeedScope.Series, meeting.Id, r.Aborted).ConfigureAwait(false)).Url));
        }

        string title = T($"Jaarplanning {year.Label}", $"Year plan {year.Label}");
        var sections = Html.Join(config.Meetings, meeting => Series(config, meeting, [.. occurrences.Where(o => o.Meeting.Id == meeting.Id)], language, T));
        var nav = Html.Of($"""
            <nav class="screen-only year-nav" aria-label="{r.L("Schooljaren", "School years")}">
              <a href="{Path}?year={year.StartYear - 1}">{r.L("Vorig schooljaar", "Previous school year")} ({new SchoolYear(year.StartYear - 1).Label})</a>
              <a href="{Path}?year={year.StartYear + 1}">{r.L("Volgend schooljaar", "Next school year")} ({new SchoolYear(year.StartYear + 1).Label})</a>
            </nav>
            <p class="screen-only hint">{r.L("Druk deze pagina af of sla hem op als pdf via de afdrukfunctie van de browser; alleen de planning wordt afgedrukt.", "Print this page or save it as a PDF with the browser's print function; only the plan is printed.")}</p>
            """);
        var feedList = Html.Join(urls, u => Html.Of($"""
            <li><span class="feed-title">{u.Meeting.Title}</span><br><code class="feed-url">{u.Url.AbsoluteUri}</code></li>
            """));
        var content = Html.Of($"""
            {nav}
            <p class="plan-intro">{T(
                $"De overleggen van {config.Partnership.Name} in het schooljaar {year.Label}, voor het jaarrooster van uw school.",
                $"The meetings of {config.Partnership.Name} in the school year {year.Label}, for your school's calendar.")}</p>
            {sections}
            <section class="plan-feeds" aria-labelledby="plan-feeds-title">
              <h2 id="plan-feeds-title">{T("Agenda-abonnementen", "Calendar subscriptions")}</h2>
              <p>{T(
                  "Met deze adressen neemt u in Outlook of Google Agenda een abonnement op de overleggen (agenda toevoegen via een URL). Wijzigingen komen er dan vanzelf in, ook als een overleg verplaatst wordt of niet doorgaat.",
                  "With these addresses you subscribe to the meetings in Outlook or Google Calendar (add a calendar by URL). Changes then appear by themselves, also when a meeting is moved or will not take place.")}</p>
              <ul class="feeds">{feedList}</ul>
            </section>
            """);
        return DashboardLayout.Page(r, DashboardTab.Overview, title, content, contentLanguage: english ? "en" : "nl");
    }

    private static Html Series(PartnershipConfig config, Meeting meeting, IReadOnlyList<FeedOccurrence> occurrences, MessageLanguage language, Func<string, string, string> t)
    {
        string id = $"plan-{meeting.Id}";
        var group = config.FindGroup(meeting.Group);
        string? where = !meeting.Online ? meeting.Location
            : string.IsNullOrWhiteSpace(meeting.Location) ? t("online (Teams)", "online (Teams)")
            : $"{meeting.Location} {t("of online (Teams)", "or online (Teams)")}";
        var place = where is null ? Html.Empty : Html.Of($"<p class=\"meta\">{t("Plaats", "Place")}: {where}</p>");
        // The group's name says nothing new where it is the meeting's title (every Profijt series).
        var members = group is null || string.Equals(group.Name, meeting.Title, StringComparison.OrdinalIgnoreCase) ? Html.Empty : Html.Of($"<p class=\"meta\">{t("Voor", "For")}: {group.Name}</p>");
        var dates = occurrences.Count == 0
            ? Html.Of($"<p class=\"empty\">{t("In dit schooljaar zijn er geen overleggen gepland.", "No meetings are planned in this school year.")}</p>")
            : Html.Of($"""<ul class="plan-dates">{Html.Join(occurrences, o => Date(o, language, t))}</ul>""");
        return Html.Of($"""
            <section class="plan-series" id="{id}" aria-labelledby="{id}-title" data-series="{meeting.Id}">
              <h2 id="{id}-title">{meeting.Title}</h2>
              {members}
              {place}
              {dates}
            </section>
            """);
    }

    private static Html Date(FeedOccurrence o, MessageLanguage language, Func<string, string, string> t)
    {
        // A list: "dinsdag 15 september 2026, 15.00–17.00 uur" (SCHRIJFWIJZER: the range form in lists and tables).
        string when = MessageFormat.Slot(o.Start, o.End, language);
        string date = o.SeriesDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return o.Cancelled
            ? Html.Of($"<li class=\"cancelled\" data-date=\"{date}\">{when}: <strong>{t("gaat niet door", "will not take place")}</strong></li>")
            : o.Moved
                ? Html.Of($"<li data-date=\"{date}\">{when} ({t("verplaatst", "moved")})</li>")
                : Html.Of($"<li data-date=\"{date}\">{when}</li>");
    }
}
