namespace Workflows.Orchestrations.Meetings;

/// <summary>Payload of <c>config-changed</c>: the series as it is now, or null when it was removed from the configuration.</summary>
public sealed record ConfigChangedEvent(SeriesSnapshot? Series);
