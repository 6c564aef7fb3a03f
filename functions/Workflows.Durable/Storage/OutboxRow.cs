namespace Workflows.Durable.Storage;

/// <summary>A committed batch of outbound messages, removed once every item has been relayed.</summary>
internal sealed record OutboxRow(string RowKey, IReadOnlyList<OutboxItem> Items, DateTimeOffset WrittenAt);
