using System.Net;
using Workflows.Testing;
using static Workflows.Host.Tests.Dashboard.Operations.OperationsSupport;

namespace Workflows.Host.Tests.Dashboard.Operations;

/// <summary>The Operations tab's instance list: the Profijt sample's workflows in coordinators' words, filters, paging, bad filters.</summary>
[Collection("dashboard-azurite")]
public sealed class OperationsListTests(AzuriteFixture azurite) : DashboardHostTests(azurite)
{
    private protected override Task PrepareAsync(DashboardHost host) => StartedAsync(host);

    [Fact]
    public async Task The_list_shows_the_sample_workflows_running_and_filters_by_prefix_status_and_date_with_paging()
    {
        var page = await Host.GetDocumentAsync("dashboard/operations");

        Assert.Equal("Beheer", page.QuerySelector("h1")?.TextContent);
        Assert.Equal(SampleInstances.Order(StringComparer.Ordinal), InstanceIds(page).Order(StringComparer.Ordinal));
        foreach (var row in page.QuerySelectorAll("table.instances tr[data-instance]"))
        {
            var badge = row.QuerySelector(".badge")!;
            Assert.Equal("Running", badge.GetAttribute("data-status"));
            Assert.Equal("Actief", badge.TextContent);
            Assert.Contains("zaterdag 1 augustus 2026, 08.00 uur", row.TextContent, StringComparison.Ordinal);
        }

        var cycle = page.QuerySelector($"tr[data-instance='{Directieberaad}']")!;
        Assert.Contains("Vergadercyclus van Directieberaad Profijt", cycle.TextContent, StringComparison.Ordinal);
        Assert.Equal("/dashboard/operations/instances/meeting%3Aprofijt%3Adirectieberaad", cycle.QuerySelector("a")?.GetAttribute("href"));
        Assert.Contains("wacht tot", cycle.TextContent, StringComparison.Ordinal);
        // The phase in words, the workflow's code only in data-phase (no "agenda-request" on the page).
        Assert.Equal("invitation", cycle.QuerySelector("[data-phase]")?.GetAttribute("data-phase"));
        Assert.Equal("uitnodiging versturen", cycle.QuerySelector("[data-phase]")?.TextContent);
        Assert.DoesNotContain("invitation", cycle.TextContent, StringComparison.Ordinal);
        var round = page.QuerySelector($"tr[data-instance='{Round}']")!;
        Assert.Contains("Subsidieronde Doorlopende techniekroutes 2027", round.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("form[method='get'] select[name='status'] option[value='Suspended']"));
        Assert.NotNull(page.QuerySelector("form[method='get'] input[name='prefix']"));

        // Filters: prefix, status (one or several), created dates in the partnership's days.
        Assert.Equal([Round], InstanceIds(await Host.GetDocumentAsync("dashboard/operations?prefix=subsidy:")));
        Assert.Equal(
            ["meeting:profijt:klankbord-decanen", "meeting:profijt:klankbord-zorg"],
            InstanceIds(await Host.GetDocumentAsync("dashboard/operations?status=Running&status=Suspended&prefix=meeting%3Aprofijt%3Aklankbord")));
        var suspended = await Host.GetDocumentAsync("dashboard/operations?status=Suspended");
        Assert.Empty(InstanceIds(suspended));
        Assert.Contains("Geen workflows die aan deze zoekvraag voldoen.", suspended.QuerySelector(".empty")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull(suspended.QuerySelector("option[value='Suspended'][selected]"));
        Assert.Equal(SampleInstances.Length, InstanceIds(await Host.GetDocumentAsync("dashboard/operations?createdFrom=2026-08-01&createdTo=2026-08-01")).Count);
        Assert.Empty(InstanceIds(await Host.GetDocumentAsync("dashboard/operations?createdFrom=2026-08-02")));
        Assert.Empty(InstanceIds(await Host.GetDocumentAsync("dashboard/operations?createdTo=2026-07-31")));

        // Paging with the engine's continuation token, the filter kept: the fourteen instances on pages of eight.
        var first = await Host.GetDocumentAsync("dashboard/operations?status=Running&pageSize=8");
        string next = first.QuerySelector("a[rel='next']")!.GetAttribute("href")!;
        Assert.Contains("continuationToken=", next, StringComparison.Ordinal);
        Assert.Contains("status=Running", next, StringComparison.Ordinal);
        var second = await Host.GetDocumentAsync(next.TrimStart('/'));
        Assert.Equal(8, InstanceIds(first).Count);
        Assert.Equal(SampleInstances.Order(StringComparer.Ordinal), InstanceIds(first).Concat(InstanceIds(second)).Order(StringComparer.Ordinal));
        Assert.Null(second.QuerySelector("a[rel='next']"));
    }

    [Fact]
    public async Task Bad_filters_answer_400_with_errors_and_the_page_speaks_english_when_chosen()
    {
        var (status, body, page) = await GetAsync(Host, "dashboard/operations?status=Sleeping&createdFrom=gisteren&pageSize=0&prefix=a%23b");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var errors = page.QuerySelectorAll(".errors li").Select(li => li.TextContent).ToList();
        Assert.Equal(4, errors.Count);
        Assert.Contains("Status: 'Sleeping' is geen status.", errors);
        Assert.Contains(errors, e => e.StartsWith("Aangemaakt vanaf: 'gisteren'", StringComparison.Ordinal));
        Assert.Null(page.QuerySelector("table.instances"));
        Assert.Equal("gisteren", page.QuerySelector("#filter-from")?.GetAttribute("value"));
        Assert.DoesNotContain("<script", body, StringComparison.OrdinalIgnoreCase);

        var hostile = await GetAsync(Host, "dashboard/operations?prefix=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E");
        Assert.Equal(HttpStatusCode.OK, hostile.Status);
        Assert.DoesNotContain("<img src=x", hostile.Body, StringComparison.Ordinal);
        Assert.Empty(InstanceIds(hostile.Document));
        Assert.Equal("\"><img src=x onerror=alert(1)>", hostile.Document.QuerySelector("#filter-prefix")?.GetAttribute("value"));

        var (english, _, en) = await GetAsync(Host, "dashboard/operations", english: true);
        Assert.Equal(HttpStatusCode.OK, english);
        Assert.Equal("Operations", en.QuerySelector("h1")?.TextContent);
        Assert.Contains("Meeting cycle of Directieberaad Profijt", en.QuerySelector($"tr[data-instance='{Directieberaad}']")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Subsidy round Doorlopende techniekroutes", en.QuerySelector($"tr[data-instance='{Round}']")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("Running", en.QuerySelector($"tr[data-instance='{Round}'] .badge")?.TextContent);
        Assert.Equal(
            ["Instance id", "What", "Status", "Created", "Last updated", "Phase"],
            en.QuerySelectorAll("table.instances thead th").Select(th => th.TextContent));
        Assert.Equal("Instance id prefix", en.QuerySelector("label[for='filter-prefix']")?.ChildNodes[0].TextContent.Trim());
        Assert.Equal("sending the invitation", en.QuerySelector($"tr[data-instance='{Directieberaad}'] [data-phase]")?.TextContent);
        Assert.Contains("Saturday 1 August 2026, 08:00", en.QuerySelector($"tr[data-instance='{Round}']")?.TextContent, StringComparison.Ordinal);
    }
}
