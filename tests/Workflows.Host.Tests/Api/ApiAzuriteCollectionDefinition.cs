using Workflows.Testing;

namespace Workflows.Host.Tests.Api;

/// <summary>The API tests share one Azurite; each host gets its own task hub (and so its own container and tables).</summary>
[CollectionDefinition("api-azurite")]
public sealed class ApiAzuriteCollectionDefinition : ICollectionFixture<AzuriteFixture>;
