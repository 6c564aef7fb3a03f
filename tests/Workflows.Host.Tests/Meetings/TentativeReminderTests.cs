using MimeKit;
using NodaTime;
using Workflows.Messaging.Outbox;
using Workflows.Orchestrations.Meetings;
using Workflows.Testing;

namespace Workflows.Host.Tests.Meetings;

/// <summary>"Onder voorbehoud" is not yet a yes: the reminder asks tentative members again, with their own text.</summary>
[Collection("azurite")]
public sealed class TentativeReminderTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task The_reminder_goes_to_the_silent_and_to_the_tentative_who_are_asked_to_confirm()
    {
        var config = MeetingHarness.Config();
        var responses = Responses.Parse(config, "default: accepted\nrules:\n  - { series: beraad, who: bart, response: none }\n  - { series: beraad, who: xena, response: tentative, comment: Misschien }\n");
        await using var harness = await MeetingHarness.StartAsync(azurite, responses, new LocalDate(2026, 9, 9));

        await harness.StartCyclesAsync(config);
        await harness.RunUntilAsync(new LocalDateTime(2026, 9, 30, 9, 0));

        var reminded = Assert.Single(await harness.TimelineAsync(), e => e.Kind == MeetingEvents.Reminded);
        Assert.Equal(["bart@vmbo-b.example", "xena@mbo-x.example"], reminded.Recipients!.Order(StringComparer.Ordinal));
        var mail = Assert.Single(await harness.RecordsAsync(), r => r.Channel == OutboxChannel.Mail && r.Labels.Kind == MeetingEvents.Reminded && r.Recipients.SequenceEqual(["xena@mbo-x.example"]));
        Assert.Equal("Komt u naar Proefberaad van dinsdag 13 oktober 2026?", mail.Subject);
        using var message = await MimeMessage.LoadAsync(harness.Gateway.GetPath(mail));
        Assert.Equal(
            "Beste Xena,\n\nU hebt zich onder voorbehoud aangemeld voor Proefberaad van dinsdag 13 oktober 2026 van 15.00 tot 17.00 uur. Wilt u uiterlijk dinsdag 6 oktober laten weten of u komt? Meld u dan aan of af via de uitnodiging in uw agenda.\n\nMet vriendelijke groet,\nCoby Coördinator\ncoördinator Proefnetwerk\n",
            message.TextBody!.ReplaceLineEndings("\n"));
    }
}
