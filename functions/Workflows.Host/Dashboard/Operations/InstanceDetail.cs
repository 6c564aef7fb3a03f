using Microsoft.DurableTask.Client;

namespace Workflows.Host.Dashboard.Operations;

/// <summary>An instance with its payloads and its current execution's history, oldest first.</summary>
internal sealed record InstanceDetail(OrchestrationMetadata Instance, string What, CustomStatusSummary Custom, IReadOnlyList<HistoryRow> History);
