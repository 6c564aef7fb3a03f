using DurableTask.Core.History;
using System.Net;
using System.Net.Http.Json;
using MimeKit;
using NodaTime;
using Microsoft.DurableTask.Client;
using Workflows.Orchestrations.Subsidies;
using Workflows.Testing;

namespace Workflows.Host.Tests.Subsidies;

[Collection(AgreementsCollectionDefinition.Name)]
public sealed class SubsidyApiTests(AzuriteFixture azurite)
{
    private const string Instance = "subsidy:proef:techniek-2027";

    [Fact]
    public async Task Tampered_reused_and_expired_links_are_refused_with_a_page_and_change_nothing()
    {
        await using var harness = await AgreementHarness.StartAsync(azurite, new LocalDate(2027, 2, 1));
        await harness.StartApiAsync(azurite, AgreementHarness.ConfigText());
        await harness.RunUntilAsync(new LocalDateTime(2027, 2, 2, 10, 0));

        var sent = await harness.SentAsync();
        string Link(string email, int which) =>
            SubsidyRoundTests.Links(MimeMessage.Load(harness.Outbox.GetPath(sent.First(r => r.Labels.Kind == SubsidyEvents.Announced && r.Recipients.Contains(email)))))[which];
        string Path(string link) => new Uri(link).AbsolutePath;
        string annaApplies = Path(Link("anna@vmbo-a.example", 0));
        string bartDeclines = Path(Link("bart@vmbo-b.example", 1));

        // Tampered: one character of the signature changed.
        string tampered = annaApplies[..^1] + (annaApplies[^1] == 'A' ? 'B' : 'A');
        var refused = await harness.Anonymous!.PostAsync(tampered, null);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Deze link is ongeldig", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var used = await harness.Anonymous.PostAsync(annaApplies, null);
        Assert.Equal(HttpStatusCode.OK, used.StatusCode);
        await harness.WaitForEventsAsync(Instance, 1);
        var again = await harness.Anonymous.PostAsync(annaApplies, null);
        Assert.Equal(HttpStatusCode.Gone, again.StatusCode);
        Assert.Contains("Deze link is al gebruikt", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await harness.RunUntilAsync(new LocalDateTime(2027, 3, 17, 9, 0));
        var expired = await harness.Anonymous.PostAsync(bartDeclines, null);
        Assert.Equal(HttpStatusCode.Gone, expired.StatusCode);
        Assert.Contains("Deze link is verlopen", await expired.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var history = await harness.Client.GetOrchestrationHistoryAsync(Instance);
        Assert.Single(history, e => e.EventType == EventType.EventRaised);
        var timeline = await harness.TimelineAsync();
        Assert.Equal(["anna@vmbo-a.example"], Assert.Single(timeline, e => e.Kind == SubsidyEvents.Acknowledged).Recipients);
        Assert.Equal("aanvraag: 1, niet voor ons: 0, geen reactie: 2", timeline[^1].Reason);
    }

    [Fact]
    public async Task A_deadline_with_a_time_is_registered_changed_and_listed_through_the_api()
    {
        await using var harness = await AgreementHarness.StartAsync(azurite, new LocalDate(2027, 2, 1));
        await harness.StartApiAsync(azurite, AgreementHarness.ConfigText());
        var http = harness.Http!;

        var created = await http.PostAsJsonAsync("/api/subsidy-rounds", new { id = "extra-2027", title = "Extra techniekgeld", funder = "Gemeente Doetinchem", deadline = "2027-04-30T12:00", audience = new[] { "role:directeur" }, reminders = new[] { 7 } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        await harness.RunUntilAsync(new LocalDateTime(2027, 2, 2, 10, 0));
        var round = await Api.ApiHost.JsonAsync(await http.GetAsync("/api/subsidy-rounds/extra-2027"));
        Assert.Equal(("2027-04-30", "12:00"), (round.GetProperty("deadline").GetString(), round.GetProperty("deadlineTime").GetString()));

        var bad = await Api.ApiHost.ProblemAsync(await http.PatchAsJsonAsync("/api/subsidy-rounds/extra-2027", new { deadline = "2027-05-14T24:00" }), 400);
        Assert.Equal(["deadline: '2027-05-14T24:00' is geen datum (yyyy-MM-dd) of datum met tijd (yyyy-MM-ddTHH:mm)."], bad.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!));
        Assert.Equal(HttpStatusCode.Accepted, (await http.PatchAsJsonAsync("/api/subsidy-rounds/extra-2027", new { deadline = "2027-05-14T17:00" })).StatusCode);
        await harness.WaitForEventsAsync("subsidy:proef:extra-2027", 1);
        await harness.SettleAsync();
        round = await Api.ApiHost.JsonAsync(await http.GetAsync("/api/subsidy-rounds/extra-2027"));
        Assert.Equal(("2027-05-14", "17:00"), (round.GetProperty("deadline").GetString(), round.GetProperty("deadlineTime").GetString()));

        // Back to a whole day: the time is gone.
        Assert.Equal(HttpStatusCode.Accepted, (await http.PatchAsJsonAsync("/api/subsidy-rounds/extra-2027", new { deadline = "2027-05-14" })).StatusCode);
        await harness.WaitForEventsAsync("subsidy:proef:extra-2027", 2);
        await harness.SettleAsync();
        round = await Api.ApiHost.JsonAsync(await http.GetAsync("/api/subsidy-rounds/extra-2027"));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, round.GetProperty("deadlineTime").ValueKind);
        var timeline = await harness.TimelineAsync();
        Assert.Equal(
            [
                "Deadline verplaatst van vrijdag 30 april 2027 om 12.00 uur naar vrijdag 14 mei 2027 om 17.00 uur",
                "Deadline verplaatst van vrijdag 14 mei 2027 om 17.00 uur naar vrijdag 14 mei 2027",
            ],
            timeline.Where(e => e.Kind == SubsidyEvents.Rescheduled).Select(e => e.Reason));
    }

    [Fact]
    public async Task Rounds_are_registered_changed_withdrawn_and_listed_through_the_api_and_bad_input_starts_nothing()
    {
        await using var harness = await AgreementHarness.StartAsync(azurite, new LocalDate(2027, 2, 1));
        await harness.StartApiAsync(azurite, AgreementHarness.ConfigText());
        var http = harness.Http!;

        var bad = await http.PostAsJsonAsync("/api/subsidy-rounds", new { id = "Extra 2027", funder = "", deadline = "2027-02-30", audience = new[] { "role:directeur", "org:nergens" }, reminders = new[] { 0 } });
        var problem = await Api.ApiHost.ProblemAsync(bad, 400);
        Assert.Equal(
            [
                "id: 'Extra 2027' moet uit kleine letters, cijfers en streepjes bestaan (hoogstens 60).",
                "title: verplicht, hoogstens 200 tekens.",
                "funder: verplicht, hoogstens 200 tekens.",
                "deadline: '2027-02-30' is geen datum (yyyy-MM-dd) of datum met tijd (yyyy-MM-ddTHH:mm).",
            ],
            problem.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!).Take(4));
        Assert.Contains(
            "audience: 'org:nergens' is geen geldige selector of noemt een onbekende persoon of organisatie (gebruik role:…, kind:…, org:… of een persoons-id; combineer met &).",
            problem.GetProperty("errors").EnumerateArray().Select(e => e.GetString()));
        var notJson = await Api.ApiHost.ProblemAsync(await http.PostAsync("/api/subsidy-rounds", new StringContent("{\"id\": \"x\",", System.Text.Encoding.UTF8, "application/json")), 400);
        Assert.StartsWith("De gegevens zijn geen geldige JSON of passen niet bij de velden: fout ", notJson.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var unknownField = await Api.ApiHost.ProblemAsync(await http.PostAsJsonAsync("/api/subsidy-rounds", new { id = "x", titel = "t" }), 400);
        Assert.Equal("Ongeldige invoer", unknownField.GetProperty("title").GetString());
        Assert.DoesNotContain("JSON property", unknownField.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await http.PostAsync("/api/subsidy-rounds", new StringContent("id: x"))).StatusCode);

        var created = await http.PostAsJsonAsync("/api/subsidy-rounds", new { id = "extra-2027", title = "Extra techniekgeld", funder = "Gemeente", deadline = "2027-04-30", audience = new[] { "role:directeur" }, reminders = new[] { 7 } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("/api/subsidy-rounds/extra-2027", created.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Conflict, (await http.PostAsJsonAsync("/api/subsidy-rounds", new { id = "extra-2027", title = "t", funder = "f", deadline = "2027-04-30", audience = new[] { "role:directeur" } })).StatusCode);
        await harness.RunUntilAsync(new LocalDateTime(2027, 2, 2, 10, 0));

        var patched = await http.PatchAsJsonAsync("/api/subsidy-rounds/extra-2027", new { deadline = "2027-05-14", reason = "Gemeente gaf uitstel" });
        Assert.Equal(HttpStatusCode.Accepted, patched.StatusCode);
        await harness.WaitForEventsAsync("subsidy:proef:extra-2027", 1);
        await Api.ApiHost.ProblemAsync(await http.PatchAsJsonAsync("/api/subsidy-rounds/extra-2027", new { deadline = "morgen" }), 400);
        var far = await Api.ApiHost.ProblemAsync(await http.PatchAsJsonAsync("/api/subsidy-rounds/extra-2027", new { deadline = "9999-12-31" }), 400);
        Assert.Equal(["deadline: 9999-12-31 ligt meer dan 10 jaar in de toekomst."], far.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!));
        var farRound = await Api.ApiHost.ProblemAsync(
            await http.PostAsJsonAsync("/api/subsidy-rounds", new { id = "ver-weg", title = "t", funder = "f", deadline = "9999-12-31", audience = new[] { "role:directeur" } }), 400);
        Assert.Equal(["deadline: 9999-12-31 ligt meer dan 10 jaar in de toekomst."], farRound.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!));
        await Api.ApiHost.ProblemAsync(await http.PatchAsJsonAsync("/api/subsidy-rounds/nergens", new { deadline = "2027-05-14" }), 404);

        var round = await Api.ApiHost.JsonAsync(await http.GetAsync("/api/subsidy-rounds/extra-2027"));
        Assert.Equal("2027-05-14", round.GetProperty("deadline").GetString());
        Assert.Equal("api", round.GetProperty("source").GetString());
        Assert.Equal(["anna", "bart"], round.GetProperty("notReacted").EnumerateArray().Select(e => e.GetString()!));

        Assert.Equal(HttpStatusCode.Accepted, (await http.DeleteAsync("/api/subsidy-rounds/extra-2027?reason=Budget%20op")).StatusCode);
        using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var done = await harness.Client.WaitForInstanceCompletionAsync("subsidy:proef:extra-2027", getInputsAndOutputs: true, patience.Token);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done!.RuntimeStatus);
        Assert.Equal(HttpStatusCode.Conflict, (await http.DeleteAsync("/api/subsidy-rounds/extra-2027")).StatusCode);

        var list = await Api.ApiHost.JsonAsync(await http.GetAsync("/api/subsidy-rounds"));
        Assert.Equal(["techniek-2027 Running", "extra-2027 Completed"], list.EnumerateArray().Select(r => $"{r.GetProperty("id").GetString()} {r.GetProperty("status").GetString()}"));
        var timeline = await harness.TimelineAsync();
        Assert.Equal(
            ["subsidy.announced", "subsidy.deadline-changed", "subsidy.withdrawn"],
            timeline.Where(e => e.Round == "extra-2027").Select(e => e.Kind));
        Assert.Equal("Budget op", timeline.Single(e => e.Kind == SubsidyEvents.Withdrawn).Reason);
        Assert.Equal("Deadline verplaatst van vrijdag 30 april 2027 naar vrijdag 14 mei 2027: Gemeente gaf uitstel", timeline.Single(e => e.Kind == SubsidyEvents.Rescheduled).Reason);
    }

    [Fact]
    public async Task Texts_over_their_limits_or_with_control_characters_are_400_and_start_or_change_nothing()
    {
        await using var harness = await AgreementHarness.StartAsync(azurite, new LocalDate(2027, 2, 1));
        await harness.StartApiAsync(azurite, AgreementHarness.ConfigText());
        var http = harness.Http!;
        int raised = (await harness.Client.GetOrchestrationHistoryAsync(Instance)).Count(e => e.EventType == EventType.EventRaised);

        var bad = await Api.ApiHost.ProblemAsync(await http.PostAsJsonAsync("/api/subsidy-rounds", new
        {
            id = "extra-2027", title = "Extra\r\nX-INJ: 1", funder = new string('f', 201), deadline = "2027-04-30",
            audience = new[] { "role:directeur\u0000" }, url = "https://example.org/" + new string('u', 2000),
        }), 400);
        Assert.Equal(
            [
                "title bevat een stuurteken (U+000D) op positie 6; de tekst moet op één regel staan.",
                "funder is te lang: 201 tekens, hoogstens 200.",
                "audience[0] bevat een stuurteken (U+0000) op positie 15; de tekst moet op één regel staan.",
                "url is te lang: 2020 tekens, hoogstens 2000.",
            ],
            bad.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!));
        Assert.Null(await harness.Client.GetInstanceAsync("subsidy:proef:extra-2027"));

        var patch = await Api.ApiHost.ProblemAsync(await http.PatchAsJsonAsync("/api/subsidy-rounds/techniek-2027", new { deadline = "2027-05-14", reason = "Uitstel\u0000" }), 400);
        Assert.Equal(["reason bevat een stuurteken (U+0000) op positie 8."], patch.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!));
        await Api.ApiHost.ProblemAsync(await http.DeleteAsync($"/api/subsidy-rounds/techniek-2027?reason={new string('x', 2001)}"), 400);
        await Api.ApiHost.ProblemAsync(await http.DeleteAsync("/api/subsidy-rounds/techniek-2027?reason=Budget%00op"), 400);

        var review = await Api.ApiHost.ProblemAsync(await http.PostAsJsonAsync("/api/convenants/a-x/review-outcome", new { summary = "Verlengd\u0007", agreedChanges = new[] { "Prijs\nper uur" } }), 400);
        Assert.Equal(
            ["summary bevat een stuurteken (U+0007) op positie 9.", "agreedChanges[0] bevat een stuurteken (U+000A) op positie 6; de tekst moet op één regel staan."],
            review.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!));

        // A JSON body over 64 kB is refused also when chunked, so no length announces it (it used to be read up to 30 MB).
        byte[] big = System.Text.Encoding.UTF8.GetBytes("{\"deadline\":\"2027-05-14\",\"reason\":\"" + new string('x', 100 * 1024) + "\"}");
        foreach (var (method, path) in new[] { (HttpMethod.Patch, "/api/subsidy-rounds/techniek-2027"), (HttpMethod.Post, "/api/convenants/a-x/review-outcome") })
        {
            using var request = new HttpRequestMessage(method, path) { Content = new ByteArrayContent(big) };
            request.Content.Headers.ContentType = new("application/json");
            request.Headers.TransferEncodingChunked = true;
            await Api.ApiHost.ProblemAsync(await http.SendAsync(request), 413);
        }

        await harness.RunUntilAsync(new LocalDateTime(2027, 2, 1, 12, 0));
        Assert.False((await harness.Client.GetInstanceAsync(Instance))!.IsCompleted);
        Assert.Equal(raised, (await harness.Client.GetOrchestrationHistoryAsync(Instance)).Count(e => e.EventType == EventType.EventRaised));
    }

    [Fact]
    public async Task A_review_outcome_is_checked_before_it_reaches_the_convenants_workflow()
    {
        await using var harness = await AgreementHarness.StartAsync(azurite, new LocalDate(2027, 1, 4));
        await harness.StartApiAsync(azurite, AgreementHarness.ConfigText());
        var http = harness.Http!;

        var bad = await Api.ApiHost.ProblemAsync(await http.PostAsJsonAsync("/api/convenants/a-x/review-outcome", new { summary = " ", validUntil = "2027-13-01" }), 400);
        Assert.Equal(["summary: verplicht, hoogstens 2000 tekens.", "validUntil: '2027-13-01' is geen datum (yyyy-MM-dd)."], bad.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!));
        await Api.ApiHost.ProblemAsync(await http.PostAsJsonAsync("/api/convenants/a-x/review-outcome", new { summary = "Verlengd", validUntil = "2027-01-31" }), 400);
        var far = await Api.ApiHost.ProblemAsync(await http.PostAsJsonAsync("/api/convenants/a-x/review-outcome", new { summary = "Verlengd", validUntil = "9999-12-31" }), 400);
        Assert.Equal(["validUntil: 9999-12-31 ligt meer dan 10 jaar na de huidige einddatum 2027-07-31."], far.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!));
        await Api.ApiHost.ProblemAsync(await http.PostAsJsonAsync("/api/convenants/nergens/review-outcome", new { summary = "Verlengd" }), 404);
        Assert.Empty(await harness.Client.GetOrchestrationHistoryAsync("review:proef:a-x") is var h && h.Any(e => e.EventType == EventType.EventRaised) ? ["raised"] : Array.Empty<string>());

        var accepted = await http.PostAsJsonAsync("/api/convenants/a-x/review-outcome", new { summary = "Verlengd met twee jaar", agreedChanges = new[] { "Prijs per uur 52 euro" }, validUntil = "2029-07-31" });
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        await harness.WaitForEventsAsync("review:proef:a-x", 1);
        await harness.RunUntilAsync(new LocalDateTime(2027, 1, 5, 9, 0));
        var stored = Assert.Single(await harness.Reviews.Outcomes.ReadAsync("proef", "a-x"));
        Assert.Equal((2026, "Verlengd met twee jaar", "2029-07-31"), (stored.Year, stored.Outcome.Summary, stored.Outcome.ValidUntil));
        var status = (await harness.Client.GetInstanceAsync("review:proef:a-x", getInputsAndOutputs: true))!.ReadCustomStatusAs<global::Workflows.Orchestrations.Reviews.ReviewStatus>()!;
        Assert.Equal("2029-07-31", status.ValidUntil);
    }
}
