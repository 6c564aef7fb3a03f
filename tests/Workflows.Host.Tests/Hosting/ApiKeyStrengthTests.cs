using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Host.Api;
using Workflows.Host.Hosting;

namespace Workflows.Host.Tests.Hosting;

/// <summary>A configured <c>Workflows:ApiKey</c> that can be guessed is refused before anything listens.</summary>
public sealed class ApiKeyStrengthTests
{
    [Theory]
    [InlineData("known-key-123", "shorter than 32")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "fewer than 10 different")]
    [InlineData("0101010101010101010101010101010101", "fewer than 10 different")]
    [InlineData("abcdefghijabcdefghijabcdefghijabcdefghij", "one piece repeated")]
    [InlineData("pa55word-XYZ-pa55word-XYZ-pa55word-XYZ-", "one piece repeated")]
    public void A_weak_key_is_refused_with_the_setting_and_how_to_make_one(string key, string reason)
    {
        string? message = ApiKeys.Weakness(key);

        Assert.NotNull(message);
        Assert.Contains(reason, message, StringComparison.Ordinal);
        Assert.Contains("Workflows:ApiKey", message, StringComparison.Ordinal);
        Assert.Contains("openssl rand -base64 32", message, StringComparison.Ordinal);
        Assert.DoesNotContain(key, message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("r8Ug58UjX6BVYAhrhdKlz8NMgi2LUpdw")]
    [InlineData("dashboard-test-key-pErCwAH2Mm3DFBXxx5gdeSPJ")]
    public void A_strong_or_unset_key_passes(string? key)
        => Assert.Null(ApiKeys.Weakness(key));

    [Fact]
    public void A_generated_key_passes()
    {
        for (int i = 0; i < 100; i++)
        {
            Assert.Null(ApiKeys.Weakness(ApiKeys.Generate()));
        }
    }

    [Fact]
    public void The_api_services_refuse_a_weak_key()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Workflows:ApiKey"] = "known-key-123" }).Build();

        var refused = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddWorkflowsApi(configuration));

        Assert.Contains("Workflows:ApiKey", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_app_builder_refuses_a_weak_key()
    {
        var refused = Assert.Throws<InvalidOperationException>(() => WorkflowsApp.Build(new AppSetup(HostingMode.Standalone)
        {
            Settings = new Dictionary<string, string?> { ["Workflows:ApiKey"] = "known-key-123" },
        }));

        Assert.Contains("openssl rand -base64 32", refused.Message, StringComparison.Ordinal);
    }
}
