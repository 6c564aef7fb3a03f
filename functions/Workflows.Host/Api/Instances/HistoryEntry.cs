namespace Workflows.Host.Api.Instances;

/// <summary>
/// One recorded history event as operators see it (the API's history endpoint, the dashboard's Beheer tab): the
/// Durable Task Framework's event type, its time, and its fields as a camelCase JSON object.
/// </summary>
internal sealed record HistoryEntry(string EventType, DateTimeOffset At, string Json);
