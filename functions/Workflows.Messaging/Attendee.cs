namespace Workflows.Messaging;

/// <summary>An invited person; optional attendees are asked but do not count towards quorum.</summary>
public sealed record Attendee(string Email, string Name, bool Optional = false);
