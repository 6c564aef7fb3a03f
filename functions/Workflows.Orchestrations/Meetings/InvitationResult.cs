using Workflows.Messaging;

namespace Workflows.Orchestrations.Meetings;

/// <summary>The event as sent: where it lives and the version attendees have.</summary>
public sealed record InvitationResult(CalendarEventRef Event, SentVersion Sent);
