using Microsoft.Extensions.Configuration;
using Workflows.Runtime;

namespace Workflows.Functions.Tests;

/// <summary>The Functions app refuses a guessable <c>Workflows:ApiKey</c> (its dashboard sign-in key) at start.</summary>
public sealed class ApiKeyStrengthTests
{
    private static IConfiguration Settings(string? key) => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { ["Workflows:ApiKey"] = key, ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true" })
        .Build();

    [Fact]
    public void The_worker_start_check_refuses_a_weak_key_and_says_how_to_make_one()
    {
        var refused = Assert.Throws<InvalidOperationException>(() => PlatformApp.CheckSettings(Settings("known-key-123")));

        Assert.Contains("Workflows:ApiKey", refused.Message, StringComparison.Ordinal);
        Assert.Contains("openssl rand -base64 32", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("known-key-123", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_worker_start_check_lets_a_strong_or_unset_key_pass()
    {
        PlatformApp.CheckSettings(Settings(ServeAndFunctions.Key));
        PlatformApp.CheckSettings(Settings(null));
    }

    [Fact]
    public void The_platform_app_is_not_built_with_a_weak_key()
    {
        Assert.Throws<InvalidOperationException>(() => PlatformApp.FromConfiguration(Settings("known-key-123")));
        Assert.Throws<InvalidOperationException>(() => PlatformApp.Create(
            StorageAccount.FromConnectionString("UseDevelopmentStorage=true"), "weakkeyhub", settings: new Dictionary<string, string?> { ["Workflows:ApiKey"] = "known-key-123" }));
    }
}
