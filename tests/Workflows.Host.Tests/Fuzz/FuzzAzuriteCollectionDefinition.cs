using Workflows.Testing;

namespace Workflows.Host.Tests.Fuzz;

/// <summary>The fuzz test's own Azurite, so it runs beside the API and dashboard tests instead of after them.</summary>
[CollectionDefinition(Name)]
public sealed class FuzzAzuriteCollectionDefinition : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "fuzz-azurite";
}
