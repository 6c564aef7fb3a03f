using System.Text;
using System.Text.RegularExpressions;
using Azure.Data.Tables;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using Workflows.Messaging;
using Workflows.Messaging.Outbox;
using Workflows.Orchestrations;
using Workflows.Orchestrations.Links;
using Workflows.Orchestrations.Meetings;
using Workflows.Testing;

namespace Workflows.Host.Tests.Meetings;

/// <summary>
/// <c>MeetingWarnAtRisk</c> against the real outbox gateway and timeline table: the one mail to the coordinators
/// (exact text), its two signed links, <c>meeting.at-risk</c>, once per step key.
/// </summary>
[Collection("azurite")]
public sealed partial class WarnAtRiskActivityTests(AzuriteFixture azurite)
{
    private static readonly byte[] Key = Encoding.UTF8.GetBytes("a test signing key of at least 32 bytes!");
    private static readonly DateTimeOffset Start = new(2026, 10, 13, 15, 0, 0, TimeSpan.FromHours(2));

    [Fact]
    public async Task One_mail_with_the_answers_so_far_and_two_single_use_links_valid_until_the_start_then_meeting_at_risk()
    {
        string hub = "w" + Guid.NewGuid().ToString("N")[..12];
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 10, 2, 15, 0, 0, TimeSpan.FromHours(2)));
        var tables = new TableServiceClient(azurite.ConnectionString);
        string outbox = Path.Combine(Path.GetTempPath(), hub);
        var gateway = new OutboxGateway(new OutboxOptions(outbox, tables, hub + "Outbox"), null, clock);
        var links = new ActionLinks(Key, clock, new Uri("https://profijt.example/app"));
        var activities = new MeetingActivities(new MeetingServices(gateway, tables, hub) { Links = links });
        try
        {
            var series = Series();
            var verdict = MeetingRules.Judge(series,
            [
                new AttendeeResponse("coco@proef.example", ResponseStatus.Accepted),
                new AttendeeResponse("anna@vmbo-a.example", ResponseStatus.Accepted),
                new AttendeeResponse("bart@vmbo-b.example", ResponseStatus.Declined, Comment: "Ouderavond"),
                new AttendeeResponse("xena@mbo-x.example", ResponseStatus.TentativelyAccepted, Comment: "Hangt af van het rooster"),
            ]);
            var input = new MeetingStepInput(series, Occurrence(), new CalendarEventRef("secretariaat@proef.example", "evt", "uid-1", 0), clock.GetUtcNow(), "meeting:proef:beraad", Key: "at-risk/1", Verdict: verdict);

            Assert.True(await activities.WarnAtRiskAsync(new StepContext("at-risk/1", CancellationToken.None), input));
            Assert.True(await activities.WarnAtRiskAsync(new StepContext("at-risk/1", CancellationToken.None), input));

            var mail = Assert.Single(await gateway.ListAsync());
            Assert.Equal(OutboxChannel.Mail, mail.Channel);
            Assert.Equal(["coco@proef.example"], mail.Recipients);
            Assert.Equal(MeetingEvents.AtRisk, mail.Labels.Kind);
            Assert.Equal("Gaat het proefberaad van dinsdag 13 oktober 2026 door?", mail.Subject);
            using var message = await MimeMessage.LoadAsync(gateway.GetPath(mail));
            string text = LinkPattern().Replace(message.TextBody!, "<link>");
            Assert.Equal(
                """
                Beste Coby,

                De aanmelding voor het proefberaad van dinsdag 13 oktober 2026 sluit op dinsdag 6 oktober. Er heeft zich nog geen mbo-sectordirecteur aangemeld. Xena Xander heeft zich onder voorbehoud aangemeld.

                Gaat het proefberaad door? Eén klik is genoeg.

                Gaat door:
                <link>

                Afgelasten:
                <link>

                Kiest niemand vóór dinsdag 6 oktober om 17.00 uur, dan gaat het proefberaad door.

                Aangemeld
                - Coby Coördinator (Vmbo A)
                - Anna Akkermans (Vmbo A)

                Afgemeld
                - Bart Bosman (Vmbo B): “Ouderavond”

                Onder voorbehoud
                - Xena Xander (ROC X): “Hangt af van het rooster”

                Nog geen reactie
                - Yuri Ypma (Vakschool Y)

                Met vriendelijke groet,
                De vergaderplanning van Proefnetwerk

                """.ReplaceLineEndings("\n"),
                text.ReplaceLineEndings("\n"));

            var urls = LinkPattern().Matches(message.TextBody!).Select(m => m.Value).ToList();
            Assert.Equal(2, urls.Count);
            var verified = urls.Select(u => links.Verify(u["https://profijt.example/app/api/links/".Length..])).ToList();
            Assert.All(verified, v => Assert.Equal(ActionLinkStatus.Valid, v.Status));
            Assert.Equal(["hold", "cancel"], verified.Select(v => v.Link!.Action));
            Assert.All(verified, v => Assert.Equal(new ActionLink("meeting:proef:beraad", MeetingEvents.OccurrenceDecision, v.Link!.Action, "coco", Start, "2026-10-13"), v.Link));
            Assert.Single(verified.Select(v => v.TokenId).Distinct());
            Assert.Contains("<a href=\"https://profijt.example/app/api/links/", message.HtmlBody, StringComparison.Ordinal);

            var timeline = await new MeetingServices(gateway, tables, hub).Timeline.ReadAsync("proef");
            var atRisk = Assert.Single(timeline);
            Assert.Equal(MeetingEvents.AtRisk, atRisk.Kind);
            Assert.Equal(["coco@proef.example"], atRisk.Recipients);
            Assert.Equal("beraad", atRisk.Series);
            Assert.Equal(Start, atRisk.Start);
            Assert.Equal(verdict.Explanation, atRisk.Reason);
        }
        finally
        {
            if (Directory.Exists(outbox))
            {
                Directory.Delete(outbox, recursive: true);
            }
        }
    }

    [Fact]
    public void The_verdict_counts_tentative_as_not_yet_and_leaves_the_coordinator_out()
    {
        var series = Series();

        var coordinatorOnly = MeetingRules.Judge(series, [new AttendeeResponse("coco@proef.example", ResponseStatus.Accepted), new AttendeeResponse("xena@mbo-x.example", ResponseStatus.Declined), new AttendeeResponse("yuri@mbo-y.example", ResponseStatus.Declined)]);
        var tentative = MeetingRules.Judge(series, [new AttendeeResponse("xena@mbo-x.example", ResponseStatus.TentativelyAccepted)]);

        Assert.Equal(["kind:mbo&role:sectordirecteur"], series.Require!.Select(r => r.Selector));
        Assert.Equal(["xena", "yuri"], series.Require![0].MemberIds);
        Assert.Equal(RsvpVerdict.NotMet, coordinatorOnly.State);
        Assert.Equal("Deze keer kan geen mbo-sectordirecteur aanwezig zijn.", coordinatorOnly.Explanation);
        Assert.Equal(RsvpVerdict.NotYet, tentative.State);
        Assert.Equal(["Xena Xander"], tentative.Tentative);
        Assert.Equal(["een mbo-sectordirecteur"], tentative.Missing);
        Assert.False(tentative.QuorumMet);
    }

    [Theory]
    [InlineData(1, "Gaat het proefberaad door? Eén klik is genoeg.")]
    [InlineData(2, "Gaat het proefberaad door? Eén klik is genoeg; de keuze geldt voor jullie allebei.")]
    [InlineData(3, "Gaat het proefberaad door? Eén klik is genoeg; de keuze geldt voor jullie allemaal.")]
    public void The_one_click_sentence_says_for_whom_the_choice_counts_by_the_number_of_coordinators(int coordinators, string sentence)
    {
        var series = Series();
        var people = Enumerable.Range(1, coordinators)
            .Select(i => new MemberSnapshot($"c{i}", $"Coördinator{i} Achternaam", $"c{i}@proef.example", "vmbo-a", "Vmbo A", "vmbo"))
            .ToList();
        var verdict = MeetingRules.Judge(series, []);
        var link = new Uri("https://profijt.example/app/api/links/x");

        var (_, body) = MeetingDecisionMessages.AtRisk(series with { Coordinators = people }, Occurrence(), verdict, link, link);

        Assert.Contains("\n\n" + sentence + "\n\n", body.Text, StringComparison.Ordinal);
        Assert.EndsWith("Met vriendelijke groet,\nDe vergaderplanning van Proefnetwerk\n", body.Text, StringComparison.Ordinal);
    }

    /// <summary>The test partnership with the rule by selector; a coordinator (Coby, vmbo) in the group.</summary>
    private static SeriesSnapshot Series()
    {
        var config = MeetingHarness.Config(MeetingHarness.ConfigText().Replace(
            "requireKinds: [mbo]\n      minAccepted: 2",
            "require: [\"kind:mbo&role:sectordirecteur\"]\n      onMissing: ask",
            StringComparison.Ordinal));
        return SeriesSnapshots.Create(config, config.Meetings.Single()) with { Name = "het proefberaad" };
    }

    private static PlannedOccurrence Occurrence() => new(
        "2026-10-13",
        Start,
        Start.AddHours(2),
        new DateTimeOffset(2026, 9, 15, 15, 0, 0, TimeSpan.FromHours(2)),
        new DateTimeOffset(2026, 9, 22, 15, 0, 0, TimeSpan.FromHours(2)),
        new DateTimeOffset(2026, 9, 29, 15, 0, 0, TimeSpan.FromHours(2)),
        new DateTimeOffset(2026, 10, 6, 17, 0, 0, TimeSpan.FromHours(2)),
        null,
        new DateTimeOffset(2026, 10, 2, 15, 0, 0, TimeSpan.FromHours(2)));

    [GeneratedRegex("https://profijt\\.example/app/api/links/[A-Za-z0-9_.-]+")]
    private static partial Regex LinkPattern();
}
