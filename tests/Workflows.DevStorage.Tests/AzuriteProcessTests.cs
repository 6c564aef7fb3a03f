using Azure;
using Azure.Data.Tables;

namespace Workflows.DevStorage.Tests;

public sealed class AzuriteProcessTests
{
    [Fact]
    public async Task TwoInstances_RunSideBySide_OnDifferentPortsWithSeparateData()
    {
        await using var first = await AzuriteProcess.StartAsync();
        await using var second = await AzuriteProcess.StartAsync();
        var name = StorageRoundTrip.UniqueName("sidebyside");

        await StorageRoundTrip.WriteAsync(first.ConnectionString, name, "first");
        await StorageRoundTrip.WriteAsync(second.ConnectionString, name + "b", "second");

        Assert.NotEqual(first.ProcessId, second.ProcessId);
        Assert.Empty(new[] { first.BlobPort, first.QueuePort, first.TablePort }
            .Intersect([second.BlobPort, second.QueuePort, second.TablePort]));
        await StorageRoundTrip.AssertReadsAsync(first.ConnectionString, name, "first");
        await StorageRoundTrip.AssertReadsAsync(second.ConnectionString, name + "b", "second");
        var missing = await Assert.ThrowsAsync<RequestFailedException>(
            () => new TableClient(second.ConnectionString, name).GetEntityAsync<TableEntity>("p", "r"));
        Assert.Equal(404, missing.Status);
    }

    [Fact]
    public async Task StopAsync_EndsTheProcessAndFreesItsPorts()
    {
        var azurite = await AzuriteProcess.StartAsync();
        await StorageRoundTrip.WriteAsync(azurite.ConnectionString, StorageRoundTrip.UniqueName("stop"), "x");
        Assert.True(ProcessProbe.IsRunning(azurite.ProcessId));

        await azurite.StopAsync();

        Assert.False(ProcessProbe.IsRunning(azurite.ProcessId));
        ProcessProbe.AssertPortFree(azurite.BlobPort);
        ProcessProbe.AssertPortFree(azurite.QueuePort);
        ProcessProbe.AssertPortFree(azurite.TablePort);
        await azurite.StopAsync();
        await azurite.DisposeAsync();
    }

    [Fact]
    public async Task Location_DataSurvivesStopAndStartOnTheSamePorts()
    {
        using var directory = new TempDirectory();
        var name = StorageRoundTrip.UniqueName("persist");
        var first = await AzuriteProcess.StartAsync(new AzuriteOptions { Location = directory.Path });
        Assert.False(new AzuriteOptions { Location = directory.Path }.InMemory);
        Assert.Equal(directory.Path, first.Location);
        await StorageRoundTrip.WriteAsync(first.ConnectionString, name, "kept");
        await first.StopAsync();

        await using var second = await AzuriteProcess.StartAsync(new AzuriteOptions
        {
            Location = directory.Path,
            BlobPort = first.BlobPort,
            QueuePort = first.QueuePort,
            TablePort = first.TablePort,
        });

        Assert.Equal(first.ConnectionString, second.ConnectionString);
        await StorageRoundTrip.AssertReadsAsync(second.ConnectionString, name, "kept");
    }

    [Fact]
    public async Task InMemory_RestartOnTheSamePorts_StartsEmpty()
    {
        var name = StorageRoundTrip.UniqueName("volatile");
        var first = await AzuriteProcess.StartAsync();
        await StorageRoundTrip.WriteAsync(first.ConnectionString, name, "gone");
        await first.StopAsync();

        await using var second = await AzuriteProcess.StartAsync(new AzuriteOptions
        {
            BlobPort = first.BlobPort,
            QueuePort = first.QueuePort,
            TablePort = first.TablePort,
        });

        var missing = await Assert.ThrowsAsync<RequestFailedException>(
            () => new TableClient(second.ConnectionString, name).GetEntityAsync<TableEntity>("p", "r"));
        Assert.Equal(404, missing.Status);
    }
}
