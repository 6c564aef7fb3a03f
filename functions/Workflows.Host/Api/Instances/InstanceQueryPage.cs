using Microsoft.DurableTask.Client;

namespace Workflows.Host.Api.Instances;

/// <summary>One page of instances and the token for the next (null on the last).</summary>
internal sealed record InstanceQueryPage(IReadOnlyList<OrchestrationMetadata> Instances, string? ContinuationToken);
