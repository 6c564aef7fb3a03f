using Workflows.Testing;

namespace Workflows.Host.Tests.Hosting;

/// <summary>
/// The tests that start <c>serve</c> as a real process (and wait for it to come up and stop) share their own Azurite,
/// so their waiting overlaps with the in-process tests instead of queueing behind them.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ServeAzuriteCollectionDefinition : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "serve-azurite";
}
