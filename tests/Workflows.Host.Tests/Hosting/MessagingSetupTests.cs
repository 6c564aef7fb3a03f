using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Workflows.Runtime;
using Workflows.Host.Hosting;
using Workflows.Messaging;
using Workflows.Messaging.Graph;
using Workflows.Messaging.Outbox;
using Workflows.Testing;

namespace Workflows.Host.Tests.Hosting;

[Collection(HostingAzuriteCollectionDefinition.Name)]
public sealed class MessagingSetupTests(AzuriteFixture azurite) : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("workflows-outbox-").FullName;

    [Fact]
    public async Task Without_a_tenant_messages_land_in_the_outbox_directory_and_table()
    {
        using var services = Build(new() { ["Workflows:Outbox:Directory"] = _directory });

        var gateway = services.GetRequiredService<IMessageGateway>();
        var receipt = await gateway.SendMailAsync(new MailMessage(
            "test:1:mail",
            "secretariaat@profijt.nl",
            [new Recipient("directeur@element.nl", "Directeur")],
            [],
            "Subsidieronde",
            new MessageBody("<p>Hallo</p>", "Hallo"),
            [],
            MessageLabels.Of("subsidy.announced")));

        Assert.IsType<OutboxGateway>(gateway);
        Assert.False(string.IsNullOrEmpty(receipt.MessageId));
        Assert.Single(Directory.GetFiles(_directory, "*.eml"));
        var records = await ((OutboxGateway)gateway).ListAsync();
        Assert.Equal("subsidy.announced", Assert.Single(records).Labels.Kind);
    }

    [Fact]
    public void A_configured_tenant_sends_through_Graph()
    {
        using var services = Build(new()
        {
            ["Messaging:Graph:TenantId"] = "00000000-0000-0000-0000-000000000001",
            ["Messaging:Graph:ClientId"] = "00000000-0000-0000-0000-000000000002",
            ["Messaging:Graph:ClientSecret"] = "not-a-real-secret",
        });

        Assert.IsType<GraphMessageGateway>(services.GetRequiredService<IMessageGateway>());
    }

    [Fact]
    public void An_unresolved_Key_Vault_reference_stops_the_start_instead_of_diverting_mail()
    {
        var failure = Assert.Throws<InvalidOperationException>(() => Build(new()
        {
            ["Messaging:Graph:TenantId"] = "00000000-0000-0000-0000-000000000001",
            ["Messaging:Graph:ClientId"] = "00000000-0000-0000-0000-000000000002",
            ["Messaging:Graph:ClientSecret"] = "@Microsoft.KeyVault(SecretUri=https://kv.vault.azure.net/secrets/messaging-graph-client-secret)",
        }));

        Assert.Contains("Messaging:Graph:ClientSecret", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tenant_id_whose_Key_Vault_secret_does_not_exist_yet_means_no_tenant()
    {
        // The deployment always sets the Graph settings as Key Vault references; without a tenant their secrets do not
        // exist and App Service leaves the reference text in the setting. infra/main.bicep promises the outbox then.
        using var services = Build(new()
        {
            ["Workflows:Outbox:Directory"] = _directory,
            ["Messaging:Graph:TenantId"] = "@Microsoft.KeyVault(SecretUri=https://kv.vault.azure.net/secrets/messaging-graph-tenant-id)",
            ["Messaging:Graph:ClientId"] = "@Microsoft.KeyVault(SecretUri=https://kv.vault.azure.net/secrets/messaging-graph-client-id)",
            ["Messaging:Graph:ClientSecret"] = "@Microsoft.KeyVault(SecretUri=https://kv.vault.azure.net/secrets/messaging-graph-client-secret)",
        });

        var gateway = Assert.IsType<OutboxGateway>(services.GetRequiredService<IMessageGateway>());
        await gateway.SendMailAsync(new MailMessage(
            "test:2:mail",
            "secretariaat@profijt.nl",
            [new Recipient("directeur@element.nl", "Directeur")],
            [],
            "Subsidieronde",
            new MessageBody("<p>Hallo</p>", "Hallo"),
            [],
            MessageLabels.Of("subsidy.announced")));
        Assert.Single(Directory.GetFiles(_directory, "*.eml"));
    }

    [Fact]
    public void An_unresolved_client_id_beside_a_real_tenant_stops_the_start()
    {
        var failure = Assert.Throws<InvalidOperationException>(() => Build(new()
        {
            ["Messaging:Graph:TenantId"] = "00000000-0000-0000-0000-000000000001",
            ["Messaging:Graph:ClientId"] = "@Microsoft.KeyVault(SecretUri=https://kv.vault.azure.net/secrets/messaging-graph-client-id)",
            ["Messaging:Graph:ClientSecret"] = "not-a-real-secret",
        }));

        Assert.Contains("Messaging:Graph:ClientId", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("not-a-real-secret", failure.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(StorageAccount.FromConnectionString(azurite.ConnectionString));
        MessagingSetup.AddMessaging(services, configuration, "t" + Guid.NewGuid().ToString("N")[..12]);
        return services.BuildServiceProvider();
    }
}
