namespace Workflows.Messaging;

/// <summary>An attendee's answer, as Graph's <c>responseType</c> without the organizer's own.</summary>
public enum ResponseStatus
{
    None,
    Accepted,
    TentativelyAccepted,
    Declined,
}
