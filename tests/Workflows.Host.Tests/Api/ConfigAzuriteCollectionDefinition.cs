using Workflows.Testing;

namespace Workflows.Host.Tests.Api;

/// <summary>
/// The configuration API's tests on their own Azurite: one of them waits out the storage SDK's retries against a
/// dead port, which should not hold up the other API tests.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ConfigAzuriteCollectionDefinition : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "config-azurite";
}
