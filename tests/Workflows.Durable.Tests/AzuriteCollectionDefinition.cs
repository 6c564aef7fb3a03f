using Workflows.Testing;

namespace Workflows.Durable.Tests;

[CollectionDefinition("azurite")]
public sealed class AzuriteCollectionDefinition : ICollectionFixture<AzuriteFixture>;
