using Workflows.Messaging.Outbox;
using Workflows.Testing;

namespace Workflows.Messaging.Tests.Outbox;

[Collection("azurite")]
public sealed class OutboxLogTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Logs_SayWhatWasWritten_WithoutAddressesNamesOrSubjects()
    {
        await using var h = new OutboxHarness(azurite.ConnectionString);
        var logger = new ListLogger();
        var gateway = new OutboxGateway(h.Options, h.Responses, h.Clock, logger);
        var mail = new MailMessage("log-1", OutboxHarness.OrganizerMailbox, [new("anna@vmbo-noord.nl", "Anna de Vries")], [], "Geheim onderwerp", new("<p>x</p>", "x"), [], MessageLabels.Of("subsidy.reminded"));

        await gateway.SendMailAsync(mail);
        await gateway.SendMailAsync(mail);

        Assert.Equal([4201, 4202], logger.Lines.Select(l => l.EventId));
        Assert.Contains("subsidy.reminded", logger.Lines[0].Message, StringComparison.Ordinal);
        Assert.Contains("log-1.eml", logger.Lines[0].Message, StringComparison.Ordinal);
        Assert.All(logger.Lines, l =>
        {
            Assert.DoesNotContain("@", l.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("Anna", l.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("Geheim", l.Message, StringComparison.Ordinal);
        });
    }
}
