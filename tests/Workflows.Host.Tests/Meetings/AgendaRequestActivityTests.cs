using System.Text;
using System.Text.RegularExpressions;
using Azure.Data.Tables;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using Workflows.Messaging.Outbox;
using Workflows.Orchestrations;
using Workflows.Orchestrations.Links;
using Workflows.Orchestrations.Meetings;
using Workflows.Testing;

namespace Workflows.Host.Tests.Meetings;

/// <summary>
/// <c>MeetingRequestAgenda</c> against the real outbox gateway: with action links the chair's mail carries one signed
/// link to the proposal form, bound to the cycle instance, the series date and the chair, valid until the invitation
/// goes out (until the start when that moment has passed); without links the mail is as before.
/// </summary>
[Collection("azurite")]
public sealed partial class AgendaRequestActivityTests(AzuriteFixture azurite)
{
    private static readonly byte[] Key = Encoding.UTF8.GetBytes("a test signing key of at least 32 bytes!");
    private static readonly DateTimeOffset Start = new(2026, 10, 13, 15, 0, 0, TimeSpan.FromHours(2));
    private static readonly DateTimeOffset InviteAt = new(2026, 9, 22, 15, 0, 0, TimeSpan.FromHours(2));

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_chairs_mail_carries_the_proposal_link_only_when_the_host_signs_links(bool withLinks)
    {
        var (text, html, links) = await RequestAsync(withLinks, new DateTimeOffset(2026, 9, 15, 15, 0, 0, TimeSpan.FromHours(2)));

        var urls = LinkPattern().Matches(text).Select(m => m.Value).ToList();
        if (!withLinks)
        {
            Assert.Empty(urls);
            Assert.Contains("Welke punten wilt u op de agenda? Als u ze uiterlijk dinsdag 22 september 2026 doorgeeft, sturen we ze mee met de uitnodiging.", text, StringComparison.Ordinal);
            return;
        }

        var url = Assert.Single(urls);
        Assert.Contains("Geeft u ze uiterlijk dinsdag 22 september 2026 om 15.00 uur door via de link hieronder? U kunt de link één keer gebruiken, voor maximaal drie punten tegelijk.", text, StringComparison.Ordinal);
        Assert.Contains("Agendapunten voorstellen:\n" + url, text.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("We bekijken de voorstellen; de punten die we op de agenda zetten, gaan mee met de uitnodiging.", text, StringComparison.Ordinal);
        Assert.Contains("<a href=\"" + url + "\"", html, StringComparison.Ordinal);
        var verified = links!.Verify(url["https://profijt.example/app/api/links/".Length..]);
        Assert.Equal(ActionLinkStatus.Valid, verified.Status);
        Assert.Equal(new ActionLink("meeting:proef:beraad", AgendaProposalLinks.Kind, AgendaProposalLinks.Action, ChairId(), InviteAt, "2026-10-13"), verified.Link);
    }

    [Fact]
    public async Task Asked_after_the_invitation_moment_the_link_lasts_until_the_meeting_starts()
    {
        var (text, _, links) = await RequestAsync(true, InviteAt.AddHours(1));

        var verified = links!.Verify(Assert.Single(LinkPattern().Matches(text)).Value["https://profijt.example/app/api/links/".Length..]);
        Assert.Equal(Start, verified.Link!.ExpiresAt);
    }

    private async Task<(string Text, string Html, ActionLinks? Links)> RequestAsync(bool withLinks, DateTimeOffset at)
    {
        string hub = "w" + Guid.NewGuid().ToString("N")[..12];
        var clock = new FakeTimeProvider(at);
        var tables = new TableServiceClient(azurite.ConnectionString);
        string outbox = Path.Combine(Path.GetTempPath(), hub);
        var gateway = new OutboxGateway(new OutboxOptions(outbox, tables, hub + "Outbox"), null, clock);
        var links = withLinks ? new ActionLinks(Key, clock, new Uri("https://profijt.example/app")) : null;
        var activities = new MeetingActivities(new MeetingServices(gateway, tables, hub) { Links = links });
        try
        {
            var input = new MeetingStepInput(Series(), Occurrence(), null, at, "meeting:proef:beraad", Key: "agenda/1");
            Assert.True(await activities.RequestAgendaAsync(new StepContext("agenda/1", CancellationToken.None), input));

            var mail = Assert.Single(await gateway.ListAsync());
            Assert.Equal(MeetingEvents.AgendaRequested, mail.Labels.Kind);
            using var message = await MimeMessage.LoadAsync(gateway.GetPath(mail));
            return (message.TextBody!, message.HtmlBody!, links);
        }
        finally
        {
            if (Directory.Exists(outbox))
            {
                Directory.Delete(outbox, recursive: true);
            }
        }
    }

    private static SeriesSnapshot Series()
    {
        var config = MeetingHarness.Config();
        return SeriesSnapshots.Create(config, config.Meetings.Single());
    }

    private static string ChairId() => Series().Chair!.Id;

    private static PlannedOccurrence Occurrence() => new(
        "2026-10-13",
        Start,
        Start.AddHours(2),
        new DateTimeOffset(2026, 9, 15, 15, 0, 0, TimeSpan.FromHours(2)),
        InviteAt,
        new DateTimeOffset(2026, 9, 29, 15, 0, 0, TimeSpan.FromHours(2)),
        new DateTimeOffset(2026, 10, 6, 17, 0, 0, TimeSpan.FromHours(2)),
        null);

    [GeneratedRegex("https://profijt\\.example/app/api/links/[A-Za-z0-9_.-]+")]
    private static partial Regex LinkPattern();
}
