using DurableTask.Core.History;
using System.Net;
using AngleSharp.Dom;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Text;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Workflows.Host.Hosting;
using Workflows.Runtime;
using Workflows.Orchestrations.Reviews;
using Workflows.Messaging;
using Workflows.Partnerships.Configuration;
using Workflows.Testing;

namespace Workflows.Host.Tests.Dashboard.Agreements;

/// <summary>The Convenants tab on the Het Element sample: partners, end date, next bestuur talk, alerts, and the outcome form.</summary>
[Collection("dashboard-azurite")]
public sealed class ConvenantsTabTests(AzuriteFixture azurite)
{
    private const string Convenant = "element-roc-mn";

    [Fact]
    public async Task Each_convenant_shows_its_partners_end_date_and_next_talk_and_an_outcome_recorded_through_the_form_shows_escaped()
    {
        await using var host = await DashboardHost.StartAsync(azurite, CliRun.Sample("element.yaml"), responsesFile: "");
        await host.DrainAsync();
        var config = await AgreementPages.ConfigAsync(host);
        Assert.Equal(3, config.Convenants.Count);

        var page = await host.GetDocumentAsync("dashboard/convenants");
        var sections = page.QuerySelectorAll("section.convenant");
        Assert.Equal(config.Convenants.Select(c => c.Id), sections.Select(s => s.GetAttribute("data-convenant")));
        foreach (var convenant in config.Convenants)
        {
            var section = Section(page, convenant.Id);
            Assert.Equal(config.FindOrganization(convenant.Vmbo)!.Name, section.QuerySelector(".vmbo")!.TextContent);
            Assert.Equal(config.FindOrganization(convenant.Mbo)!.Name, section.QuerySelector(".mbo")!.TextContent);
            Assert.Equal(Iso(convenant.ValidUntil), section.QuerySelector(".valid-until time")!.GetAttribute("datetime"));

            // The next talk is the one the workflow planned: in the convenant's review month, this school year.
            var status = await StatusAsync(host, config, convenant.Id);
            string talk = section.QuerySelector(".next-talk time")!.GetAttribute("datetime")!;
            Assert.Equal(status.TalkDate, talk);
            var talkDate = LocalDatePattern.Iso.Parse(talk).Value;
            Assert.Equal(convenant.Review.Month, talkDate.Month);
            Assert.Equal(2027, talkDate.Year);
            Assert.Contains(LocalDatePattern.Create("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("nl-NL")).Format(talkDate), section.QuerySelector(".next-talk")!.TextContent, StringComparison.Ordinal);

            // Alerts still to come: 90 and 30 days before the end date, on the workflow's schedule; none sent yet.
            var alerts = ReviewSchedule.Alerts(ConvenantSnapshots.Create(config, convenant));
            Assert.Equal(2, alerts.Count);
            Assert.Equal(alerts.Select(a => Iso(Local(a.At))), section.QuerySelectorAll("li.upcoming").Select(li => li.GetAttribute("data-date")));
            Assert.Empty(section.QuerySelectorAll("li.sent"));
            Assert.Contains("Nog geen uitkomst vastgelegd.", section.QuerySelector(".outcome")!.TextContent, StringComparison.Ordinal);
            Assert.Equal($"/dashboard/convenants/{convenant.Id}/outcome", section.QuerySelector(".actions a")!.GetAttribute("href"));
        }

        var outcomes = Outcomes(host);
        var form = await host.GetDocumentAsync($"dashboard/convenants/{Convenant}/outcome");
        foreach (string field in new[] { "summary", "agreedChanges", "validUntil" })
        {
            var input = form.QuerySelector($"form [name='{field}']")!;
            Assert.NotNull(form.QuerySelector($"label[for='{input.Id}']"));
        }

        // Bad input: 400 with every problem, nothing recorded.
        string path = $"dashboard/convenants/{Convenant}/outcome";
        var (badStatus, badBody) = await host.PostFormAsync(path, [new("summary", "  "), new("validUntil", "2027-13-01"), new("confirmed", "yes")]);
        Assert.Equal(HttpStatusCode.BadRequest, badStatus);
        var errors = AgreementPages.Parse(badBody).QuerySelectorAll(".errors li").Select(li => li.TextContent).ToList();
        Assert.Contains(errors, e => e.StartsWith("summary:", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("validUntil:", StringComparison.Ordinal));
        var (earlyStatus, earlyBody) = await host.PostFormAsync(path, [new("summary", "Verlengd"), new("validUntil", "2027-01-31"), new("confirmed", "yes")]);
        Assert.Equal(HttpStatusCode.BadRequest, earlyStatus);
        Assert.Contains("2027-07-31", AgreementPages.Parse(earlyBody).QuerySelector(".errors")!.TextContent, StringComparison.Ordinal);
        var (missingStatus, _) = await host.PostFormAsync("dashboard/convenants/nergens/outcome", [new("summary", "Verlengd"), new("confirmed", "yes")]);
        Assert.Equal(HttpStatusCode.NotFound, missingStatus);

        // The confirmation repeats the outcome and records nothing.
        const string Summary = "<b>Verlengd</b> met twee jaar & 'meer' uren";
        const string Change = "<i>Prijs</i> per uur 52 euro";
        List<KeyValuePair<string, string>> fields = [new("summary", Summary), new("agreedChanges", $"{Change}\nExtra stagebegeleiding"), new("validUntil", "2029-07-31")];
        var (confirmStatus, confirmBody) = await host.PostFormAsync(path, fields);
        Assert.Equal(HttpStatusCode.OK, confirmStatus);
        Assert.DoesNotContain("<b>Verlengd", confirmBody, StringComparison.Ordinal);
        var confirm = AgreementPages.Parse(confirmBody);
        Assert.Contains(Summary, confirm.QuerySelector(".confirm")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Bevestigen", confirm.QuerySelector(".confirm button[type=submit]")!.TextContent);
        await host.DrainAsync();
        Assert.Empty(await outcomes.ReadAsync(config.Partnership.Id, Convenant));

        var hidden = confirm.QuerySelectorAll(".confirm input[type=hidden]").Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? string.Empty)).ToList();
        string instance = ConvenantSnapshots.InstanceId(config.Partnership.Id, Convenant);
        int raised = (await host.Client.GetOrchestrationHistoryAsync(instance)).Count(e => e.EventType == EventType.EventRaised);
        var (doneStatus, doneBody) = await host.PostFormAsync(path, hidden);
        Assert.Equal(HttpStatusCode.OK, doneStatus);
        Assert.NotNull(AgreementPages.Parse(doneBody).QuerySelector("[role=status]"));
        await AgreementPages.TakenInAsync(host, instance, raised + 1);
        var stored = Assert.Single(await outcomes.ReadAsync(config.Partnership.Id, Convenant));
        Assert.Equal(Summary, stored.Outcome.Summary);

        string html = await host.GetPageAsync("dashboard/convenants");
        Assert.DoesNotContain("<b>Verlengd", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<i>Prijs", html, StringComparison.Ordinal);
        var section2 = Section(AgreementPages.Parse(html), Convenant);
        Assert.Equal(Summary, section2.QuerySelector(".outcome .summary")!.TextContent);
        Assert.Equal([Change, "Extra stagebegeleiding"], section2.QuerySelectorAll(".outcome .agreed li").Select(li => li.TextContent));
        Assert.Equal("2029-07-31", section2.QuerySelector(".outcome .renewed time")!.GetAttribute("datetime"));

        // The renewed end date is in force: the alerts are those of 31 July 2029.
        Assert.Equal("2029-07-31", section2.QuerySelector(".valid-until time")!.GetAttribute("datetime"));
        var renewed = ConvenantSnapshots.Create(config, config.FindConvenant(Convenant)!) with { ValidUntil = "2029-07-31" };
        Assert.Equal(ReviewSchedule.Alerts(renewed).Select(a => Iso(Local(a.At))), section2.QuerySelectorAll("li.upcoming").Select(li => li.GetAttribute("data-date")));

        var english = Section(await AgreementPages.EnglishAsync(host, "dashboard/convenants"), Convenant);
        foreach (string label in new[] { "Vmbo school", "Mbo institution", "Valid until", "Next board talk", "Last outcome", "Expiry alerts", "Record outcome" })
        {
            Assert.Contains(label, english.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Expiry_alerts_that_went_out_are_listed_as_sent_and_the_rest_as_planned()
    {
        // Het Element's convenant with ROC Midden Nederland ends 31 July 2027: its 90-day alert falls in this window.
        var start = new LocalDate(2027, 4, 12);
        var end = new LocalDateTime(2027, 5, 12, 12, 0);
        await using var host = await DashboardHost.StartAsync(azurite, CliRun.Sample("element.yaml"), responsesFile: "", day: start);
        await host.RunUntilAsync(end);
        var config = await AgreementPages.ConfigAsync(host);
        var startedAt = DashboardHost.Amsterdam.AtStrictly(start.At(new LocalTime(8, 0))).ToDateTimeOffset();
        var now = DashboardHost.Amsterdam.AtStrictly(end).ToDateTimeOffset();
        var alerts = ReviewSchedule.Alerts(ConvenantSnapshots.Create(config, config.FindConvenant(Convenant)!));
        var sent = alerts.Where(a => a.At >= startedAt && a.At < now).Select(a => Iso(Local(a.At))).ToList();
        Assert.NotEmpty(sent);

        var section = Section(await host.GetDocumentAsync("dashboard/convenants"), Convenant);
        Assert.Equal(sent, section.QuerySelectorAll("li.sent").Select(li => li.GetAttribute("data-date")));
        Assert.Contains("verstuurd", section.QuerySelector("li.sent")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(alerts.Where(a => a.At > now).Select(a => Iso(Local(a.At))), section.QuerySelectorAll("li.upcoming").Select(li => li.GetAttribute("data-date")));
    }

    private static IElement Section(IDocument page, string id)
        => page.QuerySelector($"section.convenant[data-convenant='{id}']") ?? throw new InvalidOperationException($"no section for {id}");

    private static async Task<ReviewStatus> StatusAsync(DashboardHost host, PartnershipConfig config, string convenant)
        => (await host.Client.GetInstanceAsync(ConvenantSnapshots.InstanceId(config.Partnership.Id, convenant), getInputsAndOutputs: true))!.ReadCustomStatusAs<ReviewStatus>()!;

    private static ReviewOutcomeStore Outcomes(DashboardHost host)
        => new ReviewServices(host.Services.GetRequiredService<IMessageGateway>(), host.Services.GetRequiredService<StorageAccount>().CreateTableServiceClient(), host.Services.GetRequiredService<WorkflowsHosting>().TaskHub).Outcomes;

    private static LocalDate Local(DateTimeOffset at) => Instant.FromDateTimeOffset(at).InZone(DashboardHost.Amsterdam).Date;

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
