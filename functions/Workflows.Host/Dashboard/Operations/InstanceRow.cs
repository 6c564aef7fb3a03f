using Microsoft.DurableTask.Client;

namespace Workflows.Host.Dashboard.Operations;

/// <summary>One instance in the Operations list: its id, what it is, its status and times, and its phase.</summary>
internal sealed record InstanceRow(
    string InstanceId,
    string What,
    OrchestrationRuntimeStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset LastUpdatedAt,
    CustomStatusSummary Custom);
