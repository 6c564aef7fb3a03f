using System.Net;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Host.Api.Config;
using Workflows.Testing;
using static Workflows.Host.Tests.Dashboard.Operations.OperationsSupport;

namespace Workflows.Host.Tests.Dashboard.Operations;

/// <summary>
/// The Operations tab is what operators need when the configuration is gone: with the stored file deleted it still
/// lists the running workflows (described by their ids), shows an instance and asks to confirm an action.
/// </summary>
[Collection("dashboard-azurite")]
public sealed class OperationsWithoutConfigTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Without_a_stored_configuration_the_instances_are_still_listed_shown_and_can_be_acted_on()
    {
        await using var host = await DashboardHost.StartAsync(azurite);
        await StartedAsync(host);

        // The workflows run on; only the stored file is gone (as after a botched deployment or a deleted container).
        var container = new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient($"{host.HubName.ToLowerInvariant()}-config");
        Assert.True((await container.GetBlobClient("partnership.yaml").DeleteIfExistsAsync()).Value);
        Assert.Null(await host.Services.GetRequiredService<IPartnershipConfigStore>().GetCurrentAsync());

        var (status, _, list) = await GetAsync(host, "dashboard/operations");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Null(list.QuerySelector("main p.empty"));
        Assert.Equal(SampleInstances.Order(StringComparer.Ordinal), InstanceIds(list).Order(StringComparer.Ordinal));
        Assert.Contains("Vergadercyclus van directieberaad", list.QuerySelector($"tr[data-instance='{Directieberaad}']")?.TextContent, StringComparison.Ordinal);
        Assert.Equal([Round], InstanceIds((await GetAsync(host, "dashboard/operations?prefix=subsidy:")).Document));

        var (detailStatus, _, detail) = await GetAsync(host, DetailPath(Directieberaad));
        Assert.Equal(HttpStatusCode.OK, detailStatus);
        Assert.NotEmpty(detail.QuerySelectorAll("table.history tr"));

        var ask = await PostAsync(host, DetailPath(Directieberaad) + "/suspend", ("reason", "configuratie kwijt"));
        Assert.Equal(HttpStatusCode.OK, ask.Status);
        Assert.Equal("yes", ask.Document.QuerySelector(".confirm input[name='confirmed']")?.GetAttribute("value"));
        var done = await PostAsync(host, DetailPath(Directieberaad) + "/suspend", ("reason", "configuratie kwijt"), ("confirmed", "yes"));
        Assert.Equal(HttpStatusCode.OK, done.Status);
        Assert.NotNull(done.Document.QuerySelector("[role='status']"));
        var suspended = await StatusAsync(host, Directieberaad, m => m?.RuntimeStatus == Microsoft.DurableTask.Client.OrchestrationRuntimeStatus.Suspended);
        Assert.Equal(Microsoft.DurableTask.Client.OrchestrationRuntimeStatus.Suspended, suspended?.RuntimeStatus);
    }

    [Fact]
    public async Task A_stored_configuration_that_no_longer_reads_is_said_on_the_tabs_and_operations_still_work()
    {
        await using var host = await DashboardHost.StartAsync(azurite);
        await StartedAsync(host);

        // As if the validation rules had changed since the file was accepted.
        var container = new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient($"{host.HubName.ToLowerInvariant()}-config");
        await container.GetBlobClient("partnership.yaml").UploadAsync(BinaryData.FromString("partnership: [this is not a configuration"), overwrite: true);

        var (overviewStatus, _, overview) = await GetAsync(host, "dashboard");
        var (operationsStatus, _, operations) = await GetAsync(host, "dashboard/operations");

        Assert.Equal(HttpStatusCode.OK, overviewStatus);
        Assert.Contains("niet meer geldig", overview.QuerySelector("main p.empty")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, operationsStatus);
        Assert.Equal(SampleInstances.Order(StringComparer.Ordinal), InstanceIds(operations).Order(StringComparer.Ordinal));
    }
}
