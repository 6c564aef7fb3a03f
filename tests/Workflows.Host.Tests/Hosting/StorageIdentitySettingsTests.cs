using Microsoft.Extensions.Configuration;
using Workflows.Host.Hosting;

namespace Workflows.Host.Tests.Hosting;

public sealed class StorageIdentitySettingsTests
{
    [Fact]
    public void An_account_name_gives_the_three_public_cloud_endpoints()
    {
        var (account, error) = HostSettings.IdentityStorage(Settings(("accountName", "stprofijt"), ("credential", "managedidentity"), ("clientId", "2b9c3c1e-0000-0000-0000-000000000001")));

        Assert.Null(error);
        Assert.NotNull(account);
        Assert.True(account.UsesIdentity);
        Assert.Equal(new Uri("https://stprofijt.blob.core.windows.net"), account.BlobServiceUri);
        Assert.Equal(new Uri("https://stprofijt.queue.core.windows.net"), account.QueueServiceUri);
        Assert.Equal(new Uri("https://stprofijt.table.core.windows.net"), account.TableServiceUri);
    }

    [Fact]
    public void Explicit_service_uris_win_over_the_account_name()
    {
        var (account, error) = HostSettings.IdentityStorage(Settings(
            ("accountName", "stprofijt"),
            ("queueServiceUri", "https://queues.example.nl/stprofijt")));

        Assert.Null(error);
        Assert.Equal(new Uri("https://queues.example.nl/stprofijt"), account!.QueueServiceUri);
        Assert.Equal(new Uri("https://stprofijt.table.core.windows.net"), account.TableServiceUri);
    }

    [Theory]
    [InlineData("blobServiceUri", "http://stprofijt.blob.core.windows.net", "AzureWebJobsStorage__blobServiceUri")]
    [InlineData("credential", "connectionstring", "AzureWebJobsStorage__credential")]
    public void A_wrong_value_is_named(string key, string value, string named)
    {
        var (account, error) = HostSettings.IdentityStorage(Settings(("accountName", "stprofijt"), (key, value)));

        Assert.Null(account);
        Assert.Contains(named, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Settings_that_name_no_account_say_which_ones_are_needed()
    {
        var (account, error) = HostSettings.IdentityStorage(Settings(("credential", "managedidentity"), ("tableServiceUri", "https://t.example.nl")));

        Assert.Null(account);
        Assert.Contains("AzureWebJobsStorage__accountName", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_connection_string_is_not_an_identity_setting()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true" })
            .Build();

        Assert.Equal((null, null), HostSettings.IdentityStorage(configuration));
    }

    private static IConfiguration Settings(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(values.ToDictionary(v => "AzureWebJobsStorage:" + v.Key, v => (string?)v.Value))
            .Build();
}
