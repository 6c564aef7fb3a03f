using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Workflows.Runtime;
using Workflows.Messaging;
using Workflows.Messaging.Graph;
using Workflows.Messaging.Outbox;

namespace Workflows.Host.Hosting;

/// <summary>
/// Chooses where the workflows' messages go: Microsoft Graph when a tenant is configured (<c>Messaging:Graph:*</c>),
/// otherwise the outbox (.ics/.eml files under <c>Workflows:Outbox:Directory</c> and a record per message in the
/// hub's storage account), so a platform without a tenant still shows exactly what it would have sent.
/// </summary>
internal static class MessagingSetup
{
    public const string OutboxDirectorySetting = "Workflows:Outbox:Directory";
    public const string DefaultOutboxDirectory = ".workflows/outbox";

    /// <summary>An App Service Key Vault reference that did not resolve stays in the setting as this text.</summary>
    private const string UnresolvedKeyVaultReference = "@Microsoft.KeyVault(";

    public static void AddMessaging(IServiceCollection services, IConfiguration configuration, string taskHub)
    {
        var graph = configuration.GetSection(GraphMessagingOptions.SectionName).Get<GraphMessagingOptions>() ?? new GraphMessagingOptions();

        // The deployment always sets the Graph settings as Key Vault references; without a tenant the tenant-id secret
        // does not exist and App Service leaves the reference text in the setting. That is "no tenant yet" (the outbox,
        // as infra/main.bicep documents), not a tenant called "@Microsoft.KeyVault(…)".
        if (IsUnresolved(graph.TenantId))
        {
            graph = new GraphMessagingOptions();
        }

        if (graph.IsConfigured)
        {
            var errors = graph.Validate().ToList();
            if (IsUnresolved(graph.ClientId))
            {
                errors.Add("Messaging:Graph:ClientId is an unresolved Key Vault reference: set the secret in the vault (README, 'Deploying to Azure').");
            }

            if (IsUnresolved(graph.ClientSecret))
            {
                errors.Add("Messaging:Graph:ClientSecret is an unresolved Key Vault reference: set the secret in the vault (README, 'Deploying to Azure').");
            }

            // A half-configured tenant must stop the start, not quietly divert real invitations to a local folder.
            if (errors.Count > 0)
            {
                throw new InvalidOperationException("Microsoft Graph is configured but unusable: " + string.Join(" ", errors));
            }

            services.AddSingleton<IMessageGateway>(sp => GraphMessageGateway.Create(graph, sp.GetRequiredService<ILoggerFactory>(), sp.GetRequiredService<TimeProvider>()));
            return;
        }

        string directory = Path.GetFullPath(configuration[OutboxDirectorySetting] is { Length: > 0 } configured ? configured : DefaultOutboxDirectory);
        services.AddSingleton<IMessageGateway>(sp => new OutboxGateway(
            new OutboxOptions(directory, sp.GetRequiredService<StorageAccount>().CreateTableServiceClient(), taskHub + "Outbox"),
            sp.GetService<IResponseSource>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<OutboxGateway>>()));
    }

    private static bool IsUnresolved(string? setting) =>
        setting?.TrimStart().StartsWith(UnresolvedKeyVaultReference, StringComparison.OrdinalIgnoreCase) == true;
}
