using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Workflows.Messaging.Outbox;
using Workflows.Testing;

namespace Workflows.Messaging.Tests.Outbox;

/// <summary>A storage failure is the failure of that one call: the gateway works again once storage answers.</summary>
[Collection("azurite")]
public sealed class OutboxStorageOutageTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_failure_on_first_use_does_not_break_the_gateway_for_good()
    {
        using var flaky = new FlakyHandler { FailNext = 1 };
        var options = new TableClientOptions { Transport = new HttpClientTransport(flaky) };
        options.Retry.MaxRetries = 0;
        var tables = new TableServiceClient(azurite.ConnectionString, options);
        using var directory = new TempDirectory();
        var table = "outage" + Guid.NewGuid().ToString("N");
        var outbox = new OutboxGateway(new OutboxOptions(directory.Path, tables, table));
        try
        {
            // The table's first request (creating it) meets a storage outage.
            await Assert.ThrowsAnyAsync<Exception>(() => outbox.SendMailAsync(Mail("outage-1")));

            // Storage is back: the same gateway (a long-running host keeps it for its lifetime) sends the retry.
            var receipt = await outbox.SendMailAsync(Mail("outage-1"));

            Assert.False(string.IsNullOrEmpty(receipt.MessageId));
            Assert.Single(await outbox.ListAsync());
        }
        finally
        {
            await new TableServiceClient(azurite.ConnectionString).DeleteTableAsync(table);
        }
    }

    [Fact]
    public async Task Record_row_keys_carry_no_percent_sign()
    {
        // Azure Tables double-decodes keys in the URL of point reads and upserts, so a '%' in a row key can miss the
        // row (404) or store it under another key; activity keys ("instance:task") escape to '%3A' in file names.
        await using var h = new OutboxHarness(azurite.ConnectionString);

        await h.Outbox.SendMailAsync(Mail("profijt-directieberaad:2026-10-13:7"));
        var again = await h.Outbox.SendMailAsync(Mail("profijt-directieberaad:2026-10-13:7"));

        var keys = new List<string>();
        await foreach (var entity in h.Tables.GetTableClient(h.Options.TableName).QueryAsync<TableEntity>(select: ["RowKey"]))
        {
            keys.Add(entity.RowKey);
        }

        Assert.Equal("profijt-directieberaad!3A2026-10-13!3A7", Assert.Single(keys));
        Assert.True(File.Exists(h.Outbox.GetPath("profijt-directieberaad%3A2026-10-13%3A7.eml")));
        Assert.Equal("profijt-directieberaad%3A2026-10-13%3A7.eml", Assert.Single(await h.Outbox.ListAsync()).FileName);
        Assert.False(string.IsNullOrEmpty(again.MessageId));
    }

    private static MailMessage Mail(string key) => new(
        key,
        OutboxHarness.OrganizerMailbox,
        [new Recipient("directeur@element.nl", "Directeur")],
        [],
        "Subsidieronde geopend",
        new MessageBody("<p>Hallo</p>", "Hallo"),
        [],
        MessageLabels.Of("subsidy.announced"));

    /// <summary>Fails the next <see cref="FailNext"/> requests as an unreachable server would, then lets requests through.</summary>
    private sealed class FlakyHandler : DelegatingHandler
    {
        public FlakyHandler()
            : base(new HttpClientHandler())
        {
        }

        public int FailNext { get; set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (FailNext > 0)
            {
                FailNext--;
                throw new HttpRequestException("Storage is unreachable (simulated outage).");
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}
