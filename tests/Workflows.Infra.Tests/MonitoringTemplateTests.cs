namespace Workflows.Infra.Tests;

public sealed class MonitoringTemplateTests
{
    private static readonly ArmTemplate Monitoring = ArmTemplate.Compiled().Module("monitoring");

    [Fact]
    public void ApplicationInsights_IsWorkspaceBasedWithLocalAuthOff()
    {
        var properties = Monitoring.Single("Microsoft.Insights/components")["properties"]!;

        Assert.True((bool?)properties["DisableLocalAuth"]);
        Assert.Equal("[resourceId('Microsoft.OperationalInsights/workspaces', parameters('logAnalyticsName'))]",
            (string?)properties["WorkspaceResourceId"]);
    }

    [Fact]
    public void Identity_MayPublishTelemetry()
    {
        var assignment = Monitoring.Single("Microsoft.Authorization/roleAssignments");

        // Monitoring Metrics Publisher: what Entra-authenticated ingestion requires.
        Assert.Equal("[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '3913510d-42f4-4e42-8a64-420c390055eb')]",
            Monitoring.Resolve((string)assignment["properties"]!["roleDefinitionId"]!));
        Assert.Equal("[resourceId('Microsoft.Insights/components', parameters('applicationInsightsName'))]", (string?)assignment["scope"]);
        Assert.Equal("[reference('identity').principalId]", (string?)assignment["properties"]!["principalId"]);
    }
}
