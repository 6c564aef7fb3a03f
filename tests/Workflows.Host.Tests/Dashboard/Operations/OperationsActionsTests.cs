using DurableTask.Core.History;
using System.Net;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Workflows.Testing;
using static Workflows.Host.Tests.Dashboard.Operations.OperationsSupport;

namespace Workflows.Host.Tests.Dashboard.Operations;

/// <summary>
/// An instance's page and its actions on the Profijt sample's real workflows: history, suspend/resume, raise event,
/// terminate and purge, each confirmed first and refused as the API refuses.
/// </summary>
[Collection("dashboard-azurite")]
public sealed class OperationsActionsTests(AzuriteFixture azurite) : DashboardHostTests(azurite)
{
    private protected override Task PrepareAsync(DashboardHost host) => StartedAsync(host);

    [Fact]
    public async Task The_detail_shows_history_and_suspend_and_resume_wait_for_confirmation()
    {
        var page = await Host.GetDocumentAsync(DetailPath(Directieberaad));

        Assert.Equal($"Workflow {Directieberaad}", page.QuerySelector("h1")?.TextContent);
        Assert.Equal("Vergadercyclus van Directieberaad Profijt", page.QuerySelector("#instance-title")?.TextContent);
        Assert.Equal("Actief", page.QuerySelector(".instance-meta .badge")?.TextContent);
        var history = page.QuerySelectorAll("table.history tbody tr").ToList();
        Assert.True(history.Count >= 3, $"{history.Count} history rows");
        Assert.Equal("1", history[0].Children[0].TextContent);
        Assert.Equal("MeetingCycle", history.Single(row => row.GetAttribute("data-event") == "ExecutionStarted").Children[3].TextContent);
        Assert.Contains(history, row => row.GetAttribute("data-event") == "TimerCreated");
        Assert.Contains("\"phase\"", page.QuerySelector("details.custom-status pre")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("\"seriesId\": \"directieberaad\"", page.QuerySelector("details.input pre")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("form[action$='/suspend'] textarea[name='reason']"));
        Assert.Null(page.QuerySelector("form[action$='/purge']"));

        // Step one says what will happen and changes nothing.
        var ask = await PostAsync(Host, DetailPath(Directieberaad) + "/suspend", ("reason", "zomerstop"));
        Assert.Equal(HttpStatusCode.OK, ask.Status);
        Assert.Contains("wordt onderbroken", ask.Document.QuerySelector(".confirm")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("yes", ask.Document.QuerySelector(".confirm input[name='confirmed']")?.GetAttribute("value"));
        Assert.Equal("zomerstop", ask.Document.QuerySelector(".confirm input[name='reason']")?.GetAttribute("value"));
        await Host.DrainAsync();
        Assert.Equal(OrchestrationRuntimeStatus.Running, (await Host.Client.GetInstanceAsync(Directieberaad))!.RuntimeStatus);

        // A signed-in browser session needs the page's CSRF token; with it, it gets the same confirmation.
        using var session = Host.NewSession(out _);
        await DashboardHost.SignInAsync(session);
        string form = await session.GetStringAsync(new Uri(DetailPath(Directieberaad), UriKind.Relative));
        using (var forged = new FormUrlEncodedContent([new("reason", "x"), new("confirmed", "yes")]))
        using (var refused = await session.PostAsync(new Uri(DetailPath(Directieberaad) + "/suspend", UriKind.Relative), forged))
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        }

        using (var genuine = new FormUrlEncodedContent([new("__csrf", DashboardHost.CsrfToken(form)), new("reason", "x")]))
        using (var confirm = await session.PostAsync(new Uri(DetailPath(Directieberaad) + "/suspend", UriKind.Relative), genuine))
        {
            Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
            Assert.Contains("Bevestigen", await confirm.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        await Host.DrainAsync();
        Assert.Equal(OrchestrationRuntimeStatus.Running, (await Host.Client.GetInstanceAsync(Directieberaad))!.RuntimeStatus);

        // Confirmed: suspended.
        var done = await PostAsync(Host, DetailPath(Directieberaad) + "/suspend", ("reason", "zomerstop"), ("confirmed", "yes"));
        Assert.Equal(HttpStatusCode.OK, done.Status);
        Assert.NotNull(done.Document.QuerySelector("[role='status']"));
        await StatusAsync(Host, Directieberaad, m => m?.RuntimeStatus == OrchestrationRuntimeStatus.Suspended);
        page = await Host.GetDocumentAsync(DetailPath(Directieberaad));
        Assert.Equal("Onderbroken", page.QuerySelector(".instance-meta .badge")?.TextContent);
        var suspendedRow = page.QuerySelectorAll("table.history tbody tr").Single(tr => tr.GetAttribute("data-event") == "ExecutionSuspended");
        Assert.Equal("zomerstop", suspendedRow.Children[4].TextContent);
        Assert.NotNull(page.QuerySelector("form[action$='/resume']"));
        Assert.Equal([Directieberaad], InstanceIds(await Host.GetDocumentAsync("dashboard/operations?status=Suspended")));

        // The API's rule: suspending a suspended instance is a conflict, nothing queued.
        var again = await PostAsync(Host, DetailPath(Directieberaad) + "/suspend", ("confirmed", "yes"));
        Assert.Equal(HttpStatusCode.Conflict, again.Status);
        Assert.Contains("is al onderbroken", again.Document.QuerySelector(".errors")?.TextContent, StringComparison.Ordinal);

        var resume = await PostAsync(Host, DetailPath(Directieberaad) + "/resume", ("reason", string.Empty), ("confirmed", "yes"));
        Assert.Equal(HttpStatusCode.OK, resume.Status);
        await StatusAsync(Host, Directieberaad, m => m?.RuntimeStatus == OrchestrationRuntimeStatus.Running);
        Assert.Equal("Actief", (await Host.GetDocumentAsync(DetailPath(Directieberaad))).QuerySelector(".instance-meta .badge")?.TextContent);

        // Raise event: invalid JSON or no name is a 400 with the form again, and nothing is raised.
        var invalid = await PostAsync(Host, DetailPath(Directieberaad) + "/events", ("eventName", "poke"), ("payload", "{not json"), ("confirmed", "yes"));
        Assert.Equal(HttpStatusCode.BadRequest, invalid.Status);
        Assert.Contains("De inhoud is geen geldige JSON", invalid.Document.QuerySelector(".errors")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("{not json", invalid.Document.QuerySelector("#event-payload")?.TextContent);
        Assert.Equal("poke", invalid.Document.QuerySelector("#event-name")?.GetAttribute("value"));
        var nameless = await PostAsync(Host, DetailPath(Directieberaad) + "/events", ("eventName", " "), ("payload", "{}"), ("confirmed", "yes"));
        Assert.Equal(HttpStatusCode.BadRequest, nameless.Status);
        await Host.DrainAsync();
        Assert.DoesNotContain(await Host.Client.GetOrchestrationHistoryAsync(Directieberaad), e => e.EventType == EventType.EventRaised);

        // Unknown instances are a 404 page, for reading and for acting.
        var unknown = await GetAsync(Host, DetailPath("meeting:profijt:bestaat-niet"));
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.Contains("Er is geen instantie 'meeting:profijt:bestaat-niet'.", unknown.Document.QuerySelector(".errors")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(Host, DetailPath("meeting:profijt:bestaat-niet") + "/terminate", ("confirmed", "yes"))).Status);
    }

    [Fact]
    public async Task A_reason_or_event_name_over_the_limit_is_400_and_changes_nothing()
    {
        var suspend = await PostAsync(Host, DetailPath(Directieberaad) + "/suspend", ("reason", new string('x', 2001)), ("confirmed", "yes"));
        Assert.Equal(HttpStatusCode.BadRequest, suspend.Status);
        Assert.Contains("Reden is te lang: 2001 tekens, hoogstens 2000.", suspend.Body, StringComparison.Ordinal);

        var terminate = await PostAsync(Host, DetailPath(Directieberaad) + "/terminate", ("reason", "klaar\u0007"), ("confirmed", "yes"));
        Assert.Equal(HttpStatusCode.BadRequest, terminate.Status);
        Assert.Contains("Reden bevat een stuurteken (U+0007) op positie 6.", terminate.Document.QuerySelector(".errors")!.TextContent, StringComparison.Ordinal);

        var raise = await PostAsync(Host, DetailPath(Directieberaad) + "/events", ("eventName", "go\u0001"), ("confirmed", "yes"));
        Assert.Equal(HttpStatusCode.BadRequest, raise.Status);
        Assert.Contains("Naam van de gebeurtenis bevat een stuurteken (U+0001) op positie 3", raise.Document.QuerySelector(".errors")!.TextContent, StringComparison.Ordinal);

        // Free text in a query string: refused without being repeated on the page.
        var token = await GetAsync(Host, "dashboard/operations?continuationToken=" + new string('t', 4100));
        Assert.Equal(HttpStatusCode.BadRequest, token.Status);
        Assert.DoesNotContain(new string('t', 4100), token.Body, StringComparison.Ordinal);
        var attendance = await GetAsync(Host, $"dashboard/attendance?series={new string('s', 3000)}&year={new string('9', 3000)}");
        Assert.Equal(HttpStatusCode.BadRequest, attendance.Status);
        Assert.DoesNotContain(new string('s', 100), attendance.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('9', 100), attendance.Body, StringComparison.Ordinal);

        await StatusAsync(Host, Directieberaad, m => m?.RuntimeStatus == OrchestrationRuntimeStatus.Running);
        var history = await Host.Client.GetOrchestrationHistoryAsync(Directieberaad);
        Assert.DoesNotContain(history, e => e is EventRaisedEvent { Name: "go\u0001" });
    }

    [Fact]
    public async Task Raise_terminate_and_purge_with_hostile_text_escaped()
    {
        const string HostileName = "<img src=x onerror=alert(1)>";
        const string HostileReason = "<script>alert('weg')</script> & klaar";

        // Purging a running instance is refused, as by the API.
        var early = await PostAsync(Host, DetailPath(Round) + "/purge", ("confirmed", "yes"));
        Assert.Equal(HttpStatusCode.Conflict, early.Status);
        Assert.NotNull(await Host.Client.GetInstanceAsync(Round));

        var ask = await PostAsync(Host, DetailPath(Round) + "/events", ("eventName", HostileName), ("payload", "{\"note\":\"<b>vet</b>\"}"));
        Assert.Equal(HttpStatusCode.OK, ask.Status);
        Assert.DoesNotContain("<img src=x", ask.Body, StringComparison.Ordinal);
        Assert.Contains(HostileName, ask.Document.QuerySelector(".confirm")?.TextContent, StringComparison.Ordinal);
        var raised = await PostAsync(Host, DetailPath(Round) + "/events", ("eventName", HostileName), ("payload", "{\"note\":\"<b>vet</b>\"}"), ("confirmed", "yes"));
        Assert.Equal(HttpStatusCode.OK, raised.Status);
        await Host.DrainAsync();
        Assert.Contains(await Host.Client.GetOrchestrationHistoryAsync(Round), e => e.EventType == EventType.EventRaised);

        var terminate = await PostAsync(Host, DetailPath(Round) + "/terminate", ("reason", HostileReason));
        Assert.Equal(HttpStatusCode.OK, terminate.Status);
        Assert.DoesNotContain("<script>alert", terminate.Body, StringComparison.Ordinal);
        Assert.Contains(HostileReason, terminate.Document.QuerySelector(".confirm")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(OrchestrationRuntimeStatus.Running, (await Host.Client.GetInstanceAsync(Round))!.RuntimeStatus);
        var terminated = await PostAsync(Host, DetailPath(Round) + "/terminate", ("reason", HostileReason), ("confirmed", "yes"));
        Assert.Equal(HttpStatusCode.OK, terminated.Status);
        await StatusAsync(Host, Round, m => m?.RuntimeStatus == OrchestrationRuntimeStatus.Terminated);

        var (_, body, page) = await GetAsync(Host, DetailPath(Round));
        Assert.DoesNotContain("<script>alert", body, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", body, StringComparison.Ordinal);
        Assert.Equal("Beëindigd", page.QuerySelector(".instance-meta .badge")?.TextContent);
        var rows = page.QuerySelectorAll("table.history tbody tr").ToList();
        Assert.Equal(HostileName, rows.Single(tr => tr.GetAttribute("data-event") == "EventRaised").Children[3].TextContent);
        Assert.Equal(HostileReason, rows.Single(tr => tr.GetAttribute("data-event") == "ExecutionTerminated").Children[4].TextContent);
        Assert.Contains(HostileReason, page.QuerySelector("details.output pre")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("form[action$='/purge']"));
        Assert.Null(page.QuerySelector("form[action$='/terminate']"));

        // Finished: no more commands or events (410, like the API).
        var late = await PostAsync(Host, DetailPath(Round) + "/terminate", ("confirmed", "yes"));
        Assert.Equal(HttpStatusCode.Gone, late.Status);
        Assert.Contains("is al afgelopen", late.Document.QuerySelector(".errors")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Gone, (await PostAsync(Host, DetailPath(Round) + "/events", ("eventName", "x"), ("confirmed", "yes"))).Status);

        // Purge: confirmation first, then gone from the engine and the list.
        var purgeAsk = await PostAsync(Host, DetailPath(Round) + "/purge");
        Assert.Contains("hele geschiedenis worden verwijderd", purgeAsk.Document.QuerySelector(".confirm")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull(await Host.Client.GetInstanceAsync(Round));
        var purged = await PostAsync(Host, DetailPath(Round) + "/purge", ("confirmed", "yes"));
        Assert.Equal(HttpStatusCode.OK, purged.Status);
        Assert.Null(await Host.Client.GetInstanceAsync(Round));
        Assert.DoesNotContain(Round, InstanceIds(await Host.GetDocumentAsync("dashboard/operations")));
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(Host, DetailPath(Round))).Status);
    }
}
