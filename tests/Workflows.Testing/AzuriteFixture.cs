using Workflows.DevStorage;
using Xunit;

namespace Workflows.Testing;

/// <summary>
/// One in-memory Azurite on free loopback ports for the tests that share this fixture.
/// </summary>
/// <remarks>
/// xunit only discovers collection definitions in the test assembly itself, so each test project declares
/// its own, once (the class name must not end in "Collection", which CA1711 reserves):
/// <code>
/// [CollectionDefinition("azurite")]
/// public sealed class AzuriteCollectionDefinition : ICollectionFixture&lt;AzuriteFixture&gt;;
/// </code>
/// and its test classes join it and take the fixture in their constructor:
/// <code>
/// [Collection("azurite")]
/// public sealed class MyTests(AzuriteFixture azurite)
/// {
///     [Fact]
///     public async Task Works() { var tables = new TableServiceClient(azurite.ConnectionString); ... }
/// }
/// </code>
/// Tests in one collection run one after another; give each test its own table, queue or container
/// names, since the storage is shared for the collection's lifetime. For a private emulator (restarts,
/// persistence) start an <see cref="AzuriteProcess"/> in the test instead.
/// </remarks>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private AzuriteProcess? _azurite;

    /// <summary>The running emulator; available once xunit has initialised the fixture.</summary>
    public AzuriteProcess Azurite =>
        _azurite ?? throw new InvalidOperationException("AzuriteFixture is used before xunit initialised it.");

    public string ConnectionString => Azurite.ConnectionString;

    public async Task InitializeAsync() => _azurite = await AzuriteProcess.StartAsync();

    public async Task DisposeAsync()
    {
        if (_azurite is not null)
        {
            await _azurite.StopAsync();
        }
    }
}
