namespace Workflows.Orchestrations.Timeline;

/// <summary>
/// A timeline event with the key it was recorded under: the idempotency key of the step that recorded it, as
/// <see cref="TimelineStore.KeyOf(string)"/> writes it. The messages that step sent carry the same key or one below
/// it (<c>{key}/{person}</c>, <c>{key}/notice</c>), which is how an event finds its outbox files.
/// </summary>
public sealed record TimelineEntry(string Key, TimelineEvent Event);
