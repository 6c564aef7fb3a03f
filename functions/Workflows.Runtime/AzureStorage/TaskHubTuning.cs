namespace Workflows.Runtime.AzureStorage;

/// <summary>Which Azure Storage provider settings a task hub runs with.</summary>
public enum TaskHubTuning
{
    /// <summary>The provider's own defaults (what Durable Functions does with an empty host.json section).</summary>
    Default,

    /// <summary>This platform's settings: small hubs that are idle most of the time (see <see cref="TaskHubSettings"/>).</summary>
    Tuned,
}
