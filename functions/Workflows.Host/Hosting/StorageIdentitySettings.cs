using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Configuration;
using Workflows.Runtime;

namespace Workflows.Host.Hosting;

/// <summary>
/// Reads an identity-based storage connection the way the Functions host does (<c>AzureWebJobsStorage__accountName</c>
/// or <c>__blobServiceUri</c>/<c>__queueServiceUri</c>/<c>__tableServiceUri</c>, <c>__credential</c>, <c>__clientId</c>),
/// so one set of app settings serves the host's triggers and the engine, with account keys switched off.
/// </summary>
internal static class StorageIdentitySettings
{
    /// <summary>The account those settings describe, or an error naming what is missing or wrong.</summary>
    public static (StorageAccount? Account, string? Error) Read(IConfigurationSection section)
    {
        string name = section.Key;
        string? accountName = section["accountName"];
        Uri? blob = ServiceUri(section, "blobServiceUri", accountName, "blob", out string? blobError);
        Uri? queue = ServiceUri(section, "queueServiceUri", accountName, "queue", out string? queueError);
        Uri? table = ServiceUri(section, "tableServiceUri", accountName, "table", out string? tableError);
        if ((blobError ?? queueError ?? tableError) is { } error)
        {
            return (null, $"{name}__{error}");
        }

        if (blob is null || queue is null || table is null)
        {
            return (null, $"{name} is configured by identity but names no account: set {name}__accountName, or all of {name}__blobServiceUri, {name}__queueServiceUri and {name}__tableServiceUri.");
        }

        string? credentialKind = section["credential"];
        if (credentialKind is not null && !string.Equals(credentialKind, "managedidentity", StringComparison.OrdinalIgnoreCase))
        {
            return (null, $"{name}__credential is '{credentialKind}'; the only supported value is 'managedidentity' (leave it out to use the developer's Azure CLI or Visual Studio sign-in).");
        }

        return (StorageAccount.FromIdentity(blob, queue, table, Credential(credentialKind, section["clientId"])), null);
    }

    private static TokenCredential Credential(string? kind, string? clientId)
    {
        if (kind is not null)
        {
            return clientId is { Length: > 0 }
                ? new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId))
                : new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned);
        }

        // Without 'credential' the Functions host falls back to the default chain (developer sign-in locally).
        return new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = clientId });
    }

    private static Uri? ServiceUri(IConfigurationSection section, string key, string? accountName, string service, out string? error)
    {
        error = null;
        if (section[key] is { Length: > 0 } explicitUri)
        {
            if (Uri.TryCreate(explicitUri, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps)
            {
                return uri;
            }

            error = $"{key} is not an https URI: '{explicitUri}'.";
            return null;
        }

        return accountName is { Length: > 0 } ? new Uri($"https://{accountName}.{service}.core.windows.net") : null;
    }
}
