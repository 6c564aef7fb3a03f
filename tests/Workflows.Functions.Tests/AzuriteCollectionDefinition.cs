using Workflows.Testing;

namespace Workflows.Functions.Tests;

[CollectionDefinition("azurite")]
public sealed class AzuriteCollectionDefinition : ICollectionFixture<AzuriteFixture>;
