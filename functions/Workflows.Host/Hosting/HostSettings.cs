using Microsoft.Extensions.Configuration;
using Workflows.Runtime;

namespace Workflows.Host.Hosting;

/// <summary>
/// The settings the host reads, by their configuration names (environment: <c>__</c> for <c>:</c>). The storage
/// connection has the Functions host's own name, so one app setting serves the triggers and the engine.
/// </summary>
internal static class HostSettings
{
    public const string Storage = "AzureWebJobsStorage";
    public const string DevelopmentStorage = "UseDevelopmentStorage=true";
    public const string TaskHub = "Workflows:TaskHub";
    public const string DefaultTaskHub = "Workflows";
    public const string ApiKey = "Workflows:ApiKey";
    public const string CustomHandlerPort = "FUNCTIONS_CUSTOMHANDLER_PORT";
    public const string AppInsightsConnection = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    /// <summary>"Authorization=AAD" (and optionally ";ClientId=…"): export to Application Insights with a managed identity.</summary>
    public const string AppInsightsAuthentication = "APPLICATIONINSIGHTS_AUTHENTICATION_STRING";

    public static string StorageConnection(IConfiguration configuration) =>
        configuration[Storage] is { Length: > 0 } value ? value : DevelopmentStorage;

    /// <summary>
    /// Identity-based settings (<c>AzureWebJobsStorage__accountName</c>, <c>__queueServiceUri</c>, …) when there is no
    /// connection string: what Azure uses, with shared-key access off. Null when a connection string (or nothing,
    /// meaning development storage) is configured.
    /// </summary>
    public static (StorageAccount? Account, string? Error) IdentityStorage(IConfiguration configuration) =>
        string.IsNullOrEmpty(configuration[Storage]) && configuration.GetSection(Storage).GetChildren().Any()
            ? StorageIdentitySettings.Read(configuration.GetSection(Storage))
            : (null, null);

    public static string TaskHubName(IConfiguration configuration) =>
        configuration[TaskHub] is { Length: > 0 } value ? value : DefaultTaskHub;

    public static bool IsDevelopmentStorage(string connection) =>
        string.Equals(connection.Trim().TrimEnd(';'), DevelopmentStorage, StringComparison.OrdinalIgnoreCase);
}
