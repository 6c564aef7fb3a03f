using System.Net;
using Microsoft.DurableTask.Client;
using Workflows.Host.Tests.Api;
using Workflows.Testing;
using static Workflows.Host.Tests.Dashboard.Operations.OperationsSupport;

namespace Workflows.Host.Tests.Dashboard.Operations;

/// <summary>A failed instance on the Beheer tab: what went wrong and why, but no stack trace (that is in the logs).</summary>
[Collection("dashboard-azurite")]
public sealed class OperationsFailureTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_failed_instance_shows_its_error_and_cause_but_no_stack_trace()
    {
        await using var host = await DashboardHost.StartAsync(azurite, responsesFile: "", workflows: registry => TestOrchestrations.Register(registry));
        string id = await host.Client.ScheduleNewOrchestrationInstanceAsync(TestOrchestrations.Thrower);
        await StatusAsync(host, id, m => m?.RuntimeStatus == OrchestrationRuntimeStatus.Failed);

        var (status, body, page) = await GetAsync(host, DetailPath(id));

        Assert.Equal(HttpStatusCode.OK, status);
        string failure = page.QuerySelector(".failure")!.TextContent;
        Assert.Contains("System.InvalidOperationException: De ronde kon niet verder.", failure, StringComparison.Ordinal);
        Assert.Contains("System.FormatException: Datum onleesbaar.", failure, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(TestOrchestrations), body, StringComparison.Ordinal);
        Assert.DoesNotContain("Stacktrace", body, StringComparison.Ordinal);
    }
}
