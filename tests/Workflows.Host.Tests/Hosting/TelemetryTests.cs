using System.Diagnostics;
using Azure.Identity;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;
using Workflows.Host.Hosting;

namespace Workflows.Host.Tests.Hosting;

public sealed class TelemetryTests
{
    [Theory]
    [InlineData("DurableTask.Core")]
    [InlineData("Workflows.Messaging")]
    public async Task The_app_listens_to_the_engines_and_messagings_activity_sources(string name)
    {
        using var source = new ActivitySource(name);
        var app = WorkflowsApp.Build(new AppSetup(HostingMode.FunctionsHost));
        await using var _ = app;

        app.Services.GetRequiredService<TracerProvider>();

        Assert.True(source.HasListeners());
        using var activity = source.StartActivity("turn");
        Assert.NotNull(activity);
    }

    [Fact]
    public void Application_Insights_uses_a_managed_identity_only_when_the_authentication_string_says_AAD()
    {
        Assert.Null(Telemetry.Credential(null));
        Assert.Null(Telemetry.Credential("Authorization=Key"));
        Assert.IsType<ManagedIdentityCredential>(Telemetry.Credential("Authorization=AAD"));
        Assert.IsType<ManagedIdentityCredential>(Telemetry.Credential("Authorization=AAD;ClientId=00000000-0000-0000-0000-000000000001"));
    }
}
