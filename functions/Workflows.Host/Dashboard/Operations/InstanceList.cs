namespace Workflows.Host.Dashboard.Operations;

/// <summary>One page of the Operations list and the token of the next page (null on the last).</summary>
internal sealed record InstanceList(IReadOnlyList<InstanceRow> Rows, string? NextToken);
