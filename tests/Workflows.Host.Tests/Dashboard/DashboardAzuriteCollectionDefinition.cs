using Workflows.Testing;

namespace Workflows.Host.Tests.Dashboard;

/// <summary>The dashboard tests share one Azurite (beside the API tests' own, so both run at once); each host has its own task hub.</summary>
[CollectionDefinition("dashboard-azurite")]
public sealed class DashboardAzuriteCollectionDefinition : ICollectionFixture<AzuriteFixture>;
