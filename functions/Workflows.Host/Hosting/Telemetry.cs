using System.Reflection;
using Azure.Core;
using Azure.Identity;
using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Workflows.Host.Hosting;

/// <summary>
/// OpenTelemetry traces, metrics and logs: the engine's and messaging's own sources and meters, ASP.NET Core
/// requests and outgoing HTTP (Graph, storage). Exported to Application Insights only when
/// <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> is set (with a managed identity when
/// <c>APPLICATIONINSIGHTS_AUTHENTICATION_STRING</c> says <c>Authorization=AAD</c>); otherwise collected and dropped.
/// </summary>
internal static class Telemetry
{
    public const string ServiceName = "Workflows.Host";

    /// <summary>ActivitySource and Meter names; the engine and messaging use the first two.</summary>
    public static readonly string[] Sources = ["DurableTask.Core", "Workflows.Messaging", ServiceName];

    public static void Add(WebApplicationBuilder builder)
    {
        string? connection = builder.Configuration[HostSettings.AppInsightsConnection];
        bool export = !string.IsNullOrWhiteSpace(connection);
        TokenCredential? credential = export ? Credential(builder.Configuration[HostSettings.AppInsightsAuthentication]) : null;
        void Configure(AzureMonitorExporterOptions options)
        {
            options.ConnectionString = connection;
            options.Credential = credential;
        }

        string? version = typeof(Telemetry).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName, serviceVersion: version))
            .WithTracing(tracing =>
            {
                // Before any exporter: link tokens and mailbox addresses never leave the process in a URL.
                tracing.AddSource(Sources).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation()
                    .AddProcessor(new TelemetryRedaction());
                if (export)
                {
                    tracing.AddAzureMonitorTraceExporter(Configure);
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(Sources).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation();
                if (export)
                {
                    metrics.AddAzureMonitorMetricExporter(Configure);
                }
            });

        if (export)
        {
            builder.Logging.AddOpenTelemetry(logging =>
            {
                logging.IncludeScopes = true;
                logging.AddAzureMonitorLogExporter(Configure);
            });
        }
    }

    /// <summary>The managed identity named by an Application Insights authentication string, or null for key-based ingestion.</summary>
    internal static TokenCredential? Credential(string? authentication)
    {
        if (string.IsNullOrWhiteSpace(authentication))
        {
            return null;
        }

        var parts = authentication.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.Split('=', 2, StringSplitOptions.TrimEntries))
            .Where(p => p.Length == 2)
            .ToDictionary(p => p[0], p => p[1], StringComparer.OrdinalIgnoreCase);
        if (!parts.TryGetValue("Authorization", out string? kind) || !string.Equals(kind, "AAD", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return parts.TryGetValue("ClientId", out string? clientId) && clientId.Length > 0
            ? new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId))
            : new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned);
    }
}
