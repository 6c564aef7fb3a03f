namespace Workflows.Messaging;

/// <summary>One attendee's answer; <paramref name="Comment"/> when the back-end knows it (outbox responses file).</summary>
public sealed record AttendeeResponse(string Email, ResponseStatus Response, DateTimeOffset? RespondedAt = null, string? Comment = null);
