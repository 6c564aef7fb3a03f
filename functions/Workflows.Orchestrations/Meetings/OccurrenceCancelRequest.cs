namespace Workflows.Orchestrations.Meetings;

/// <summary>Payload of <c>occurrence-cancel</c>: a coordinator cancels the occurrence of series date <paramref name="Date"/> (yyyy-MM-dd).</summary>
public sealed record OccurrenceCancelRequest(string Date, string? Reason);
