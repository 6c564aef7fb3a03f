namespace Workflows.Messaging;

/// <summary>
/// Everything a workflow sends to people goes through here, one call per message.
/// </summary>
/// <remarks>
/// <para>Every call carries the caller's idempotency key (an activity's <c>IdempotencyKey</c>): activities run at
/// least once, so a second call with the same key must not produce a second message or event. Graph gets it as
/// <c>transactionId</c>; the outbox names its files by it.</para>
/// <para>Failures: <see cref="MessageDeliveryException"/> with <see cref="MessageDeliveryException.IsTransient"/>
/// false means retrying cannot help (bad request, no permission, event gone); anything else may be retried.</para>
/// </remarks>
public interface IMessageGateway
{
    /// <summary>Creates one calendar event in the organizer's mailbox and invites the attendees.</summary>
    Task<CalendarEventRef> CreateEventAsync(CalendarEventRequest request, CancellationToken cancellationToken = default);

    /// <summary>Changes time, agenda, location or attendees of an event created earlier; attendees get the update.</summary>
    Task<CalendarEventRef> UpdateEventAsync(CalendarEventUpdate update, CancellationToken cancellationToken = default);

    /// <summary>Cancels an event created earlier; every attendee gets the cancellation with the comment.</summary>
    Task CancelEventAsync(CalendarEventCancellation cancellation, CancellationToken cancellationToken = default);

    /// <summary>The attendees' current answers to an event, one per attendee (<see cref="ResponseStatus.None"/> when silent).</summary>
    Task<IReadOnlyList<AttendeeResponse>> GetResponsesAsync(CalendarEventRef calendarEvent, CancellationToken cancellationToken = default);

    /// <summary>Sends one mail (HTML and plain text, optional attachments).</summary>
    Task<MessageReceipt> SendMailAsync(MailMessage message, CancellationToken cancellationToken = default);
}
