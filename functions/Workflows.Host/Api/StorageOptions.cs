namespace Workflows.Host.Api;

/// <summary>
/// The storage account of the app: the setting <c>AzureWebJobsStorage</c> (a connection string, also
/// <c>UseDevelopmentStorage=true</c>), the same account the task hub lives in.
/// </summary>
public sealed class StorageOptions
{
    public const string Setting = "AzureWebJobsStorage";

    public string? ConnectionString { get; set; }
}
