using Azure.Identity;
using Workflows.Messaging.Graph;

namespace Workflows.Messaging.Tests.Graph;

public sealed class GraphMessagingOptionsTests
{
    private static readonly GraphMessagingOptions Tenant = new()
    {
        TenantId = "00000000-0000-0000-0000-000000000001",
        ClientId = "00000000-0000-0000-0000-000000000002",
    };

    [Fact]
    public void WithoutTenant_NothingIsConfigured_AndNoClientCanBeBuilt()
    {
        var options = new GraphMessagingOptions();

        Assert.False(options.IsConfigured);
        var error = Assert.Throws<ArgumentException>(() => GraphMessagingClientFactory.CreateClient(options));
        Assert.Contains("TenantId", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ClientSecret_GivesAClientSecretCredential()
    {
        var credential = GraphMessagingClientFactory.CreateCredential(Tenant with { ClientSecret = "s3cret" });

        Assert.IsType<ClientSecretCredential>(credential);
    }

    [Fact]
    public void NoSecret_GivesAManagedIdentity_SystemOrUserAssigned()
    {
        Assert.IsType<ManagedIdentityCredential>(GraphMessagingClientFactory.CreateCredential(Tenant));
        Assert.IsType<ManagedIdentityCredential>(GraphMessagingClientFactory.CreateCredential(Tenant with { ManagedIdentityClientId = "00000000-0000-0000-0000-000000000003" }));
    }

    [Fact]
    public void Validate_ListsEveryProblem()
    {
        var options = new GraphMessagingOptions
        {
            ClientSecret = "s3cret",
            MaxConcurrentRequestsPerMailbox = 5,
            MaxRetries = -1,
            RequestTimeout = TimeSpan.Zero,
        };

        var errors = options.Validate();

        Assert.Equal(5, errors.Count);
        Assert.Contains(errors, e => e.Contains("TenantId", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("ClientId", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("MaxConcurrentRequestsPerMailbox", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("MaxRetries", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("RequestTimeout", StringComparison.Ordinal));
        Assert.Empty(Tenant.Validate());
    }

    [Fact]
    public void PublicCloud_AsksForTheGraphDefaultScope()
    {
        Assert.Equal(new Uri("https://graph.microsoft.com/v1.0"), Tenant.EffectiveBaseUrl);
        Assert.Equal("https://graph.microsoft.com/.default", GraphMessagingClientFactory.DefaultScope);
    }
}
