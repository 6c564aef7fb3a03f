using System.Net;
using AngleSharp.Html.Parser;
using NodaTime;
using Workflows.Orchestrations.Meetings;
using Workflows.Testing;

namespace Workflows.Host.Tests.Dashboard.Overview;

/// <summary>
/// Moving an occurrence from the dashboard (with the API's own checks) and what happens to a series whose cycle is
/// not running, early in the school year (the first directieberaad, 15 September 2026, is still ahead).
/// </summary>
[Collection("dashboard-azurite")]
public sealed class OccurrenceActionTests(AzuriteFixture azurite) : DashboardHostTests(azurite)
{
    private const string Move = "dashboard/series/directieberaad/occurrences/2026-09-15/move";

    private protected override Task PrepareAsync(DashboardHost host) => host.RunUntilAsync(new LocalDateTime(2026, 8, 3, 9, 0));

    [Fact]
    public async Task A_move_with_bad_input_is_400_with_every_mistake_and_changes_nothing_and_a_valid_one_moves_the_occurrence_after_confirmation()
    {
        var page = await Host.GetDocumentAsync("dashboard");
        var card = page.QuerySelector("article.occurrence[data-series=directieberaad][data-date='2026-09-15']")!;
        Assert.Contains("De uitnodiging volgt op", card.TextContent, StringComparison.Ordinal);
        Assert.Equal("/" + Move, card.QuerySelectorAll(".actions a").Single(a => a.TextContent.Trim() == "Verplaatsen").GetAttribute("href"));
        var form = await Host.GetDocumentAsync(Move);
        Assert.Equal("Nieuwe datum", form.QuerySelector("label[for=newDate]")!.TextContent.Trim());
        int files = Host.OutboxFiles().Count;

        // Not a date and not a time: both reported, what was typed shown again.
        var (status, body) = await Host.PostFormAsync(Move, [new("newDate", "2026-13-40"), new("start", "25:00"), new("end", ""), new("reason", "Studiedag")]);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        var errors = new HtmlParser().ParseDocument(body);
        var listed = errors.QuerySelectorAll(".errors[role=alert] li").Select(li => li.TextContent).ToList();
        Assert.Contains(listed, e => e.StartsWith("Nieuwe datum: '2026-13-40' is geen datum", StringComparison.Ordinal));
        Assert.Contains(listed, e => e.StartsWith("Begintijd: '25:00' is geen tijd", StringComparison.Ordinal));
        Assert.Equal("2026-13-40", errors.QuerySelector("input[name=newDate]")!.GetAttribute("value"));

        // Confirmed or not, an end before the start is refused too.
        (status, body) = await Host.PostFormAsync(Move, [new("newDate", "2026-09-22"), new("start", "16:00"), new("end", "15:00"), new("confirmed", "yes")]);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("Eindtijd moet na Begintijd liggen.", body, StringComparison.Ordinal);

        // A valid move asks for confirmation first; nothing reaches the cycle until then.
        (status, body) = await Host.PostFormAsync(Move, [new("newDate", "2026-09-22"), new("start", "14:00"), new("end", "16:00"), new("reason", "Studiedag")]);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("dinsdag 22 september 2026, van 14.00 tot 16.00 uur", body, StringComparison.Ordinal);
        await Host.DrainAsync();
        Assert.Empty(await OverridesAsync("directieberaad"));
        Assert.Equal(files, Host.OutboxFiles().Count);

        var confirm = new HtmlParser().ParseDocument(body);
        (status, body) = await Host.PostFormAsync(Move, [.. confirm.QuerySelectorAll("main form input[type=hidden]").Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value")!))]);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("role=\"status\"", body, StringComparison.Ordinal);
        await Eventually.UntilAsync(Host, async () => (await OverridesAsync("directieberaad")).Count > 0, "the cycle takes in the move");

        var moved = Assert.Single(await OverridesAsync("directieberaad"));
        Assert.Equal(("2026-09-15", "2026-09-22", "14:00", "16:00"), (moved.Date, moved.NewDate, moved.NewStartTime, moved.NewEndTime));
        card = (await Host.GetDocumentAsync("dashboard")).QuerySelector("article.occurrence[data-series=directieberaad][data-date='2026-09-15']")!;
        Assert.Contains("dinsdag 22 september 2026, 14.00–16.00 uur", card.QuerySelector("h3")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Studiedag", card.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reason_over_the_limit_a_date_that_is_no_occurrence_and_a_move_into_the_past_are_refused_and_change_nothing()
    {
        const string cancel = "dashboard/series/directieberaad/occurrences/2026-09-15/cancel";
        var (status, body) = await Host.PostFormAsync(cancel, [new("reason", new string('x', 2001)), new("confirmed", "yes")]);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("Reden is te lang: 2001 tekens, hoogstens 2000.", body, StringComparison.Ordinal);

        (status, body) = await Host.PostFormAsync(Move, [new("newDate", "2026-08-01"), new("reason", "Studie\u0001dag"), new("confirmed", "yes")]);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        string listed = new HtmlParser().ParseDocument(body).QuerySelector(".errors")!.TextContent;
        Assert.Contains("Nieuwe datum: zaterdag 1 augustus 2026 ligt in het verleden.", listed, StringComparison.Ordinal);
        Assert.Contains("Reden bevat een stuurteken (U+0001) op positie 7.", listed, StringComparison.Ordinal);

        foreach (string date in new[] { "2026-09-16", "0001-01-01", "9999-12-31" })
        {
            using var get = await Host.Http.GetAsync(new Uri($"dashboard/series/directieberaad/occurrences/{date}/cancel", UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
            (status, _) = await Host.PostFormAsync($"dashboard/series/directieberaad/occurrences/{date}/move", [new("newDate", "2026-09-22"), new("confirmed", "yes")]);
            Assert.Equal(HttpStatusCode.NotFound, status);
        }

        await Host.DrainAsync();
        Assert.Empty(await OverridesAsync("directieberaad"));
    }

    [Fact]
    public async Task A_form_with_a_NUL_or_a_token_that_cannot_be_read_is_400_and_changes_nothing()
    {
        const string cancel = "dashboard/series/directieberaad/occurrences/2026-09-15/cancel";
        using var session = Host.NewSession(out _);
        await DashboardHost.SignInAsync(session);
        string token = Uri.EscapeDataString(DashboardHost.CsrfToken(await session.GetStringAsync(new Uri(cancel, UriKind.Relative))));
        var statuses = new List<(string Body, HttpStatusCode Status)>();
        foreach (string raw in new[]
        {
            $"__csrf={token}&reason=a\0b&confirmed=yes",
            $"__csrf={token[..10]}\0{token[10..]}&confirmed=yes",
            $"__csrf=%00&confirmed=yes",
            $"__csrf={token}&reason=%00&confirmed=yes",
            $"__csrf={token}&{new string('k', 3000)}=x&confirmed=yes",
        })
        {
            using var content = new StringContent(raw, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded");
            using var response = await session.PostAsync(new Uri(cancel, UriKind.Relative), content);
            statuses.Add((raw.Length > 80 ? raw[..80] : raw, response.StatusCode));
        }

        // With the key header there is no CSRF check: the action reads the form itself.
        using (var content = new StringContent($"reason=a\0b&{new string('k', 3000)}=x&confirmed=yes", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"))
        using (var response = await Host.Http.PostAsync(new Uri(cancel, UriKind.Relative), content))
        {
            statuses.Add(("key header", response.StatusCode));
        }

        Assert.True(statuses.All(s => s.Status == HttpStatusCode.BadRequest), string.Join("\n", statuses.Select(s => $"{(int)s.Status} {s.Body}")));
        await Host.DrainAsync();
        Assert.Empty(await OverridesAsync("directieberaad"));
    }

    [Fact]
    public async Task A_series_without_a_running_cycle_says_so_offers_no_actions_and_refuses_them_with_409()
    {
        string instance = SeriesSnapshots.InstanceId("profijt", "werkgroep-zw");
        await Host.Client.TerminateInstanceAsync(instance);
        await Eventually.UntilAsync(Host, async () => (await Host.Client.GetInstanceAsync(instance))!.IsCompleted, "the cycle is terminated");

        var page = await Host.GetDocumentAsync("dashboard");
        var section = page.QuerySelector("#series-werkgroep-zw")!;
        Assert.Contains("geen lopende planning", section.TextContent, StringComparison.Ordinal);
        Assert.Empty(section.QuerySelectorAll(".actions a"));
        Assert.NotEmpty(page.QuerySelectorAll("#series-werkgroep-bwi .actions a"));

        const string cancel = "dashboard/series/werkgroep-zw/occurrences/2026-10-07/cancel";
        using (var get = await Host.Http.GetAsync(new Uri(cancel, UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.Conflict, get.StatusCode);
        }

        var (status, body) = await Host.PostFormAsync(cancel, [new("reason", "test"), new("confirmed", "yes")]);
        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Contains("Er is niets veranderd.", body, StringComparison.Ordinal);
        Assert.True((await Host.Client.GetInstanceAsync(instance))!.IsCompleted);

        using var unknown = await Host.Http.GetAsync(new Uri("dashboard/series/geen-reeks/occurrences/2026-10-07/cancel", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    private async Task<IReadOnlyList<OccurrenceOverride>> OverridesAsync(string series)
    {
        var instance = await Host.Client.GetInstanceAsync(SeriesSnapshots.InstanceId("profijt", series), getInputsAndOutputs: true);
        return instance!.ReadInputAs<MeetingCycleInput>()!.Overrides ?? [];
    }
}
