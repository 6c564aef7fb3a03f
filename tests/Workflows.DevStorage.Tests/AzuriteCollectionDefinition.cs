using Workflows.Testing;

namespace Workflows.DevStorage.Tests;

[CollectionDefinition("azurite")]
public sealed class AzuriteCollectionDefinition : ICollectionFixture<AzuriteFixture>;
