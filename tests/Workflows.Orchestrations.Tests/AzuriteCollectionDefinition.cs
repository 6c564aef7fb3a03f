using Workflows.Testing;

namespace Workflows.Orchestrations.Tests;

[CollectionDefinition("azurite")]
public sealed class AzuriteCollectionDefinition : ICollectionFixture<AzuriteFixture>;
