using Workflows.Testing;

namespace Workflows.Runtime.Tests;

[CollectionDefinition("azurite")]
public sealed class AzuriteCollectionDefinition : ICollectionFixture<AzuriteFixture>;
