using Workflows.Testing;

namespace Workflows.Host.Tests.Subsidies;

/// <summary>The subsidy-round and bestuur-talk tests share one in-memory Azurite and run one after another (2 cores).</summary>
[CollectionDefinition(Name)]
public sealed class AgreementsCollectionDefinition : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "agreements";
}
