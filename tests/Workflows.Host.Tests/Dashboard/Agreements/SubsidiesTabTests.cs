using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Workflows.Orchestrations.Links;
using Workflows.Host.Api.Links;
using Workflows.Host.Simulation;
using Workflows.Orchestrations.Subsidies;
using Workflows.Messaging.Outbox;
using Workflows.Partnerships.Selectors;
using Workflows.Testing;

namespace Workflows.Host.Tests.Dashboard.Agreements;

/// <summary>The Subsidies tab on the Profijt sample: countdown, who applies, who declined, who is silent; and the register form.</summary>
[Collection("dashboard-azurite")]
public sealed class SubsidiesTabTests(AzuriteFixture azurite)
{
    private const string Round = "techniek-achterhoek-2027";

    [Fact]
    public async Task A_round_shows_its_countdown_and_who_applies_declines_or_has_not_reacted()
    {
        // The round's announcement goes out on the first morning; the sample's acknowledge rule is on 20 May 2027.
        var start = new LocalDate(2027, 5, 18);
        await using var host = await DashboardHost.StartAsync(azurite, day: start);
        var config = await AgreementPages.ConfigAsync(host);
        var round = config.FindSubsidyRound(Round)!;
        var recipients = SubsidyRoundSnapshots.Create(config, round).Recipients;
        var everyone = SelectorResolver.Resolve(config, round.Audience).Select(s => s.Person.Id).Order(StringComparer.Ordinal).ToList();
        Assert.True(everyone.Count > 3, "the sample's audience selects several people");
        await host.RunUntilAsync(start.At(new LocalTime(12, 0)));

        var page = await host.GetDocumentAsync("dashboard/subsidies");
        var section = page.QuerySelector($"section.round[data-round='{Round}']");
        Assert.NotNull(section);
        Assert.Equal(round.Title, section.QuerySelector("h2")!.TextContent);
        Assert.Equal($"nog {Period.DaysBetween(start, round.Deadline)} dagen", section.QuerySelector(".countdown")!.TextContent);
        Assert.Equal("2027-06-15", section.QuerySelector(".deadline time")!.GetAttribute("datetime"));
        Assert.Equal("herinneren", section.QuerySelector(".phase")!.TextContent);
        Assert.Empty(AgreementPages.People(section, "applying"));
        Assert.Empty(AgreementPages.People(section, "not-for-us"));
        Assert.Equal(everyone, AgreementPages.People(section, "no-reaction"));

        // The sample's afdelingsleiders click "we vragen aan" on 20 May; one other recipient says "niet voor ons".
        var acknowledge = host.Services.GetRequiredService<IResponseSource>() is ResponsesFile file ? file.Acknowledge.Single(a => a.Round == Round) : throw new InvalidOperationException("no responses file");
        var clicked = recipients.Where(m => acknowledge.People.Contains(m.Email.ToUpperInvariant())).Select(m => m.Id).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(clicked);
        string decliner = everyone.First(id => !clicked.Contains(id));
        string instance = SubsidyRoundSnapshots.InstanceId(config.Partnership.Id, Round);
        var day = acknowledge.Date!.Value;
        await host.RunUntilAsync(day.At(new LocalTime(10, 0)));
        foreach (string id in clicked)
        {
            await host.Client.RaiseEventAsync(instance, SubsidyEvents.Action, new ActionLinkEvent(SubsidyEvents.Applying, id, host.Clock.GetUtcNow()));
            await host.DrainAsync();
        }

        await host.Client.RaiseEventAsync(instance, SubsidyEvents.Action, new ActionLinkEvent(SubsidyEvents.Declined, decliner, host.Clock.GetUtcNow()));
        await host.DrainAsync();

        section = (await host.GetDocumentAsync("dashboard/subsidies")).QuerySelector($"section.round[data-round='{Round}']")!;
        Assert.Equal($"nog {Period.DaysBetween(day, round.Deadline)} dagen", section.QuerySelector(".countdown")!.TextContent);
        Assert.Equal(clicked, AgreementPages.People(section, "applying"));
        Assert.Equal([decliner], AgreementPages.People(section, "not-for-us"));
        Assert.Equal(everyone.Except(clicked).Except([decliner]).ToList(), AgreementPages.People(section, "no-reaction"));

        // Name and organization as the configuration has them.
        var person = config.FindPerson(clicked[0])!;
        string item = section.QuerySelector($".people.applying li[data-person='{clicked[0]}']")!.TextContent;
        Assert.Contains(person.Name, item, StringComparison.Ordinal);
        Assert.Contains(config.FindOrganization(person.Organization)!.Name, item, StringComparison.Ordinal);
        Assert.Contains("We vragen aan", section.TextContent, StringComparison.Ordinal);
        Assert.Contains("Niet voor ons", section.TextContent, StringComparison.Ordinal);

        var english = (await AgreementPages.EnglishAsync(host, "dashboard/subsidies")).QuerySelector($"section.round[data-round='{Round}']")!;
        Assert.Equal($"{Period.DaysBetween(day, round.Deadline)} days left", english.QuerySelector(".countdown")!.TextContent);
        Assert.Equal("reminding", english.QuerySelector(".phase")!.TextContent);
        Assert.Contains("Applying", english.TextContent, StringComparison.Ordinal);
        Assert.Contains("Not for us", english.TextContent, StringComparison.Ordinal);
        Assert.Contains("No reaction yet", english.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_register_form_registers_a_round_only_when_confirmed_and_refuses_bad_input()
    {
        await using var host = await DashboardHost.StartAsync(azurite, responsesFile: "");
        var config = await AgreementPages.ConfigAsync(host);
        var today = new LocalDate(2026, 8, 1);
        const string Hostile = "<script>alert(1)</script> Techniek & 'Zorg'";
        string instance = SubsidyRoundSnapshots.InstanceId(config.Partnership.Id, "dashboard-ronde");

        var form = await host.GetDocumentAsync("dashboard/subsidies/new");
        foreach (string field in new[] { "id", "title", "funder", "deadline", "audience", "reminders", "url" })
        {
            var input = form.QuerySelector($"form [name='{field}']")!;
            Assert.NotNull(form.QuerySelector($"label[for='{input.Id}']"));
        }

        // Bad input: every problem listed, status 400, the form again with what was typed, nothing registered.
        int before = await CountRoundsAsync(host, config.Partnership.Id);
        var (badStatus, badBody) = await host.PostFormAsync("dashboard/subsidies/new", Fields("Niet Goed!", Hostile, "2026-07-01", "org:bestaat-niet", confirmed: true));
        Assert.Equal(HttpStatusCode.BadRequest, badStatus);
        var bad = AgreementPages.Parse(badBody);
        var errors = bad.QuerySelectorAll(".errors li").Select(li => li.TextContent).ToList();
        Assert.Contains(errors, e => e.StartsWith("id:", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("deadline:", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("audience:", StringComparison.Ordinal));
        Assert.Equal(Hostile, bad.QuerySelector("#round-title")!.GetAttribute("value"));
        var (reminderStatus, reminderBody) = await host.PostFormAsync("dashboard/subsidies/new", [.. Fields("dashboard-ronde", Hostile, "2026-08-02", "role:afdelingsleider", confirmed: true), new("reminders", "7, een")]);
        Assert.Equal(HttpStatusCode.BadRequest, reminderStatus);
        Assert.Contains("reminders:", AgreementPages.Parse(reminderBody).QuerySelector(".errors")!.TextContent, StringComparison.Ordinal);
        await host.DrainAsync();
        Assert.Equal(before, await CountRoundsAsync(host, config.Partnership.Id));

        // The confirmation says what will happen and to whom, and changes nothing.
        var afdelingsleiders = SelectorResolver.Resolve(config, ["role:afdelingsleider"]);
        var (confirmStatus, confirmBody) = await host.PostFormAsync("dashboard/subsidies/new", Fields("dashboard-ronde", Hostile, "2026-08-02", "role:afdelingsleider", confirmed: false));
        Assert.Equal(HttpStatusCode.OK, confirmStatus);
        var confirm = AgreementPages.Parse(confirmBody);
        Assert.Equal(afdelingsleiders.Count, confirm.QuerySelectorAll("ul.recipients li").Length);
        Assert.Contains(Hostile, confirm.QuerySelector(".confirm")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", confirmBody, StringComparison.Ordinal);
        Assert.Equal("Bevestigen", confirm.QuerySelector(".confirm button[type=submit]")!.TextContent);
        Assert.Equal("yes", confirm.QuerySelector(".confirm input[name=confirmed]")!.GetAttribute("value"));
        Assert.Equal(Hostile, confirm.QuerySelector(".confirm input[name=title]")!.GetAttribute("value"));
        await host.DrainAsync();
        Assert.Null(await host.Client.GetInstanceAsync(instance));

        // Confirmed: the round's workflow runs and the tab shows it, its title escaped.
        var hidden = confirm.QuerySelectorAll(".confirm input[type=hidden]").Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? string.Empty)).ToList();
        var (doneStatus, doneBody) = await host.PostFormAsync("dashboard/subsidies/new", hidden);
        Assert.Equal(HttpStatusCode.OK, doneStatus);
        Assert.NotNull(AgreementPages.Parse(doneBody).QuerySelector("[role=status]"));
        await host.DrainAsync();
        var started = await host.Client.GetInstanceAsync(instance, getInputsAndOutputs: true);
        Assert.NotNull(started);
        Assert.Equal(SubsidyRoundSnapshots.FromApi, started.ReadInputAs<SubsidyRoundInput>()!.Round.Source);

        string tab = await host.GetPageAsync("dashboard/subsidies");
        Assert.DoesNotContain("<script>alert", tab, StringComparison.Ordinal);
        var section = AgreementPages.Parse(tab).QuerySelector("section.round[data-round='dashboard-ronde']");
        Assert.NotNull(section);
        Assert.Equal(Hostile, section.QuerySelector("h2")!.TextContent);
        Assert.Equal(NodaTime.Text.LocalDatePattern.Iso.Format(today.PlusDays(1)), section.QuerySelector(".deadline time")!.GetAttribute("datetime"));
        Assert.Equal("morgen", section.QuerySelector(".countdown")!.TextContent);
        Assert.Equal(afdelingsleiders.Select(s => s.Person.Id).Order(StringComparer.Ordinal).ToList(), AgreementPages.People(section, "no-reaction"));

        // The same id again: refused as the API refuses it, nothing else started.
        var (againStatus, againBody) = await host.PostFormAsync("dashboard/subsidies/new", Fields("dashboard-ronde", "Nog een", "2026-09-01", "role:afdelingsleider", confirmed: true));
        Assert.Equal(HttpStatusCode.BadRequest, againStatus);
        Assert.Contains("dashboard-ronde", AgreementPages.Parse(againBody).QuerySelector(".errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before + 1, await CountRoundsAsync(host, config.Partnership.Id));

        // The countdown follows the app's clock: on the deadline itself, and after it.
        await host.RunUntilAsync(today.PlusDays(1).At(new LocalTime(10, 0)));
        Assert.Equal("vandaag", await CountdownAsync(host, "dashboard-ronde"));
        await host.RunUntilAsync(today.PlusDays(2).At(new LocalTime(10, 0)));
        Assert.Equal("verlopen op zondag 2 augustus 2026", await CountdownAsync(host, "dashboard-ronde"));
    }

    [Fact]
    public async Task A_round_registered_with_a_deadline_time_shows_it_in_Dutch()
    {
        await using var host = await DashboardHost.StartAsync(azurite, responsesFile: "");
        var config = await AgreementPages.ConfigAsync(host);
        string instance = SubsidyRoundSnapshots.InstanceId(config.Partnership.Id, "met-tijd");

        var form = await host.GetDocumentAsync("dashboard/subsidies/new");
        Assert.NotNull(form.QuerySelector("label[for='round-deadline-time']"));
        var (status, body) = await host.PostFormAsync("dashboard/subsidies/new", [.. Fields("met-tijd", "Techniek met tijd", "2026-10-05", "role:afdelingsleider", confirmed: false), new("deadlineTime", "17:00")]);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("aanvragen uiterlijk maandag 5 oktober 2026 om 17.00 uur", AgreementPages.Parse(body).QuerySelector(".confirm")!.TextContent, StringComparison.Ordinal);

        var (done, _) = await host.PostFormAsync("dashboard/subsidies/new", [.. Fields("met-tijd", "Techniek met tijd", "2026-10-05", "role:afdelingsleider", confirmed: true), new("deadlineTime", "17:00")]);
        Assert.Equal(HttpStatusCode.OK, done);
        await host.DrainAsync();
        Assert.NotNull(await host.Client.GetInstanceAsync(instance));

        var section = (await host.GetDocumentAsync("dashboard/subsidies")).QuerySelector("section.round[data-round='met-tijd']")!;
        Assert.Equal("2026-10-05T17:00", section.QuerySelector(".deadline time")!.GetAttribute("datetime"));
        Assert.Equal("maandag 5 oktober 2026 om 17.00 uur", section.QuerySelector(".deadline time")!.TextContent);
        Assert.StartsWith("Aanvragen uiterlijk", section.QuerySelector(".deadline")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    private static async Task<string> CountdownAsync(DashboardHost host, string round)
        => (await host.GetDocumentAsync("dashboard/subsidies")).QuerySelector($"section.round[data-round='{round}'] .countdown")!.TextContent;

    private static List<KeyValuePair<string, string>> Fields(string id, string title, string deadline, string audience, bool confirmed)
    {
        List<KeyValuePair<string, string>> fields = [new("id", id), new("title", title), new("funder", "Provincie Gelderland"), new("deadline", deadline), new("audience", audience)];
        if (confirmed)
        {
            fields.Add(new("confirmed", "yes"));
        }

        return fields;
    }

    private static async Task<int> CountRoundsAsync(DashboardHost host, string partnershipId)
    {
        int count = 0;
        await foreach (var _ in host.Client.GetAllInstancesAsync(new OrchestrationQuery { InstanceIdPrefix = SubsidyRoundSnapshots.InstanceId(partnershipId, string.Empty) }))
        {
            count++;
        }

        return count;
    }
}
