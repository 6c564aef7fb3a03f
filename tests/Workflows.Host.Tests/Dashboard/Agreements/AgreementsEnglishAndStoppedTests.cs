using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using AngleSharp.Dom;
using NodaTime;
using NodaTime.Text;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Workflows.Orchestrations.Reviews;
using Workflows.Testing;

namespace Workflows.Host.Tests.Dashboard.Agreements;

/// <summary>
/// On Het Element's sample: the register and outcome forms answer in English on an English dashboard (the API keeps
/// its Dutch), the next talk shows the times the workflow schedules, and a convenant whose workflow was terminated
/// lists no alerts as planned.
/// </summary>
[Collection("dashboard-azurite")]
public sealed class AgreementsEnglishAndStoppedTests(AzuriteFixture azurite)
{
    private const string Running = "element-roc-mn";

    [Fact]
    public async Task English_forms_get_english_errors_the_api_stays_dutch_and_a_terminated_workflow_plans_no_alerts()
    {
        await using var host = await DashboardHost.StartAsync(azurite, CliRun.Sample("element.yaml"), responsesFile: "");
        await host.DrainAsync();
        var config = await AgreementPages.ConfigAsync(host);

        // Register form, English: every message English, nothing Dutch, nothing started.
        var (status, page) = await PostEnglishAsync(host, "dashboard/subsidies/new",
            [new("id", "Niet Goed!"), new("title", " "), new("funder", "Provincie"), new("deadline", "2026-07-01"), new("audience", "role:afdelingsleider"), new("reminders", "7, een"), new("url", "ftp://x"), new("confirmed", "yes")]);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["reminders: 'een' is not a number of days."], Errors(page));
        (status, page) = await PostEnglishAsync(host, "dashboard/subsidies/new",
            [new("id", "Niet Goed!"), new("title", " "), new("funder", "Provincie"), new("deadline", "2026-07-01"), new("audience", "role:afdelingsleider"), new("reminders", "400"), new("url", "ftp://x"), new("confirmed", "yes")]);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(
            [
                "id: 'Niet Goed!' must consist of lower-case letters, digits and dashes (at most 60).",
                "title: required, at most 200 characters.",
                "deadline: 2026-07-01 is in the past.",
                "reminders: at most ten days, each 1 to 365 days before the deadline.",
                "url: 'ftp://x' is not an http(s) address.",
            ],
            Errors(page));
        await using (var rounds = host.Client.GetAllInstancesAsync(new OrchestrationQuery { InstanceIdPrefix = "subsidy:" }).GetAsyncEnumerator())
        {
            Assert.False(await rounds.MoveNextAsync());
        }

        // The API answers the same mistakes in Dutch, as before.
        using (var api = await host.Http.PostAsJsonAsync(new Uri("api/subsidy-rounds", UriKind.Relative), new { id = "Niet Goed!", title = " ", funder = "Provincie", deadline = "2026-07-01", audience = new[] { "role:afdelingsleider" } }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
            string problem = await api.Content.ReadAsStringAsync();
            Assert.Contains("title: verplicht, hoogstens 200 tekens.", problem, StringComparison.Ordinal);
            Assert.Contains("deadline: 2026-07-01 ligt in het verleden.", problem, StringComparison.Ordinal);
        }

        // Outcome form, English.
        (status, page) = await PostEnglishAsync(host, $"dashboard/convenants/{Running}/outcome", [new("summary", "  "), new("validUntil", "2027-13-01"), new("confirmed", "yes")]);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["summary: required, at most 2000 characters.", "validUntil: '2027-13-01' is not a date (yyyy-MM-dd)."], Errors(page));
        (status, page) = await PostEnglishAsync(host, $"dashboard/convenants/{Running}/outcome", [new("summary", "Renewed"), new("validUntil", "2027-01-31"), new("confirmed", "yes")]);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["validUntil: 2027-01-31 is not after the current end date 2027-07-31."], Errors(page));
        using (var api = await host.Http.PostAsJsonAsync(new Uri($"api/convenants/{Running}/review-outcome", UriKind.Relative), new { summary = " " }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
            Assert.Contains("summary: verplicht, hoogstens 2000 tekens.", await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // The next talk's times are those the workflow schedules.
        var convenant = config.FindConvenant(Running)!;
        var tab = await host.GetDocumentAsync("dashboard/convenants");
        var section = Section(tab, Running);
        var talk = LocalDatePattern.Iso.Parse(section.QuerySelector(".next-talk time")!.GetAttribute("datetime")!).Value;
        var snapshot = ConvenantSnapshots.Create(config, convenant);
        Assert.Equal($", {Hhmm(ReviewSchedule.Start(snapshot, talk))}–{Hhmm(ReviewSchedule.End(snapshot, talk))}", section.QuerySelector(".next-talk .talk-time")!.TextContent);
        Assert.Equal(", 15:00–17:00", section.QuerySelector(".next-talk .talk-time")!.TextContent);

        // A terminated workflow sends no alerts, so none is listed as planned; the others still are.
        var stopped = config.Convenants.First(c => c.Id != Running).Id;
        Assert.Equal(2, Section(tab, stopped).QuerySelectorAll("li.upcoming").Length);
        string instance = ConvenantSnapshots.InstanceId(config.Partnership.Id, stopped);
        await host.Client.TerminateInstanceAsync(instance, "test");
        await Operations.OperationsSupport.StatusAsync(host, instance, m => m?.RuntimeStatus == OrchestrationRuntimeStatus.Terminated);
        tab = await host.GetDocumentAsync("dashboard/convenants");
        var stoppedSection = Section(tab, stopped);
        Assert.Empty(stoppedSection.QuerySelectorAll("li.upcoming"));
        Assert.Equal("stopped", stoppedSection.QuerySelector(".next-talk .badge")!.GetAttribute("data-phase"));
        Assert.Contains("Geen waarschuwingen meer te versturen.", stoppedSection.QuerySelector(".expiry")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, Section(tab, Running).QuerySelectorAll("li.upcoming").Length);

        // Its outcome form says so in English.
        (status, page) = await PostEnglishAsync(host, $"dashboard/convenants/{stopped}/outcome", [new("summary", "Renewed"), new("confirmed", "yes")]);
        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Equal([$"No board-talk workflow is running for convenant '{stopped}'."], Errors(page));
    }

    private static async Task<(HttpStatusCode Status, IDocument Page)> PostEnglishAsync(DashboardHost host, string path, List<KeyValuePair<string, string>> fields)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add("Cookie", "wf-lang=en");
        using var response = await host.Http.SendAsync(request);
        return (response.StatusCode, AgreementPages.Parse(await response.Content.ReadAsStringAsync()));
    }

    private static List<string> Errors(IDocument page) => [.. page.QuerySelectorAll(".errors li").Select(li => li.TextContent)];

    private static IElement Section(IDocument page, string id)
        => page.QuerySelector($"section.convenant[data-convenant='{id}']") ?? throw new InvalidOperationException($"no section for {id}");

    private static string Hhmm(DateTimeOffset at)
        => LocalTimePattern.Create("HH:mm", CultureInfo.InvariantCulture).Format(Instant.FromDateTimeOffset(at).InZone(DashboardHost.Amsterdam).TimeOfDay);
}
