using Workflows.Testing;

namespace Workflows.Host.Tests.Hosting;

/// <summary>The whole-app hosting tests (some wait out the storage SDK's retries against a dead port) on their own Azurite.</summary>
[CollectionDefinition(Name)]
public sealed class HostingAzuriteCollectionDefinition : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "hosting-azurite";
}
