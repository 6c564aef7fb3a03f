using Microsoft.DurableTask.Client;

namespace Workflows.Host.Api.Instances;

/// <summary>
/// The answer of <see cref="InstanceCommands"/>: the verdict, the instance as it was read (null when unknown), the
/// engine's own words when it refused, and how many instances a purge removed.
/// </summary>
internal sealed record InstanceCheck(InstanceVerdict Verdict, OrchestrationMetadata? Instance, string? EngineMessage = null, int Purged = 0)
{
    public bool Allowed => Verdict == InstanceVerdict.Allowed;
}
