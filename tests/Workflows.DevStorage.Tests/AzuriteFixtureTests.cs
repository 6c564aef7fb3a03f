using Workflows.Testing;

namespace Workflows.DevStorage.Tests;

[Collection("azurite")]
public sealed class AzuriteFixtureTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task InMemory_TableQueueAndBlob_RoundTripThroughTheSdks()
    {
        var name = StorageRoundTrip.UniqueName("roundtrip");

        await StorageRoundTrip.WriteAsync(azurite.ConnectionString, name, "hello azurite");

        await StorageRoundTrip.AssertReadsAsync(azurite.ConnectionString, name, "hello azurite");
        Assert.Null(azurite.Azurite.Location);
    }

    [Fact]
    public void ConnectionString_NamesEveryEndpointOnItsPort()
    {
        var process = azurite.Azurite;

        Assert.Contains("AccountName=devstoreaccount1;", process.ConnectionString, StringComparison.Ordinal);
        Assert.Contains($"BlobEndpoint=http://127.0.0.1:{process.BlobPort}/devstoreaccount1;", process.ConnectionString, StringComparison.Ordinal);
        Assert.Contains($"QueueEndpoint=http://127.0.0.1:{process.QueuePort}/devstoreaccount1;", process.ConnectionString, StringComparison.Ordinal);
        Assert.Contains($"TableEndpoint=http://127.0.0.1:{process.TablePort}/devstoreaccount1;", process.ConnectionString, StringComparison.Ordinal);
        Assert.Equal(3, new HashSet<int> { process.BlobPort, process.QueuePort, process.TablePort }.Count);
    }
}
