using Workflows.Messaging;

namespace Workflows.Host.Tests.Meetings;

/// <summary>
/// A gateway whose first calendar-event creation fails after the event was made, the way a Graph call can time out
/// after the server acted: the activity fails transiently and its retry must find the same event, not make a second.
/// </summary>
internal sealed class FailOnceGateway(IMessageGateway inner) : IMessageGateway
{
    /// <summary>The harness's virtual clock (it exists only once the gateway is wrapped), to record when calls happen.</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    private readonly List<(DateTimeOffset At, string Key)> _creates = [];

    /// <summary>Every <see cref="CreateEventAsync"/> call (failed attempts included): virtual time and idempotency key.</summary>
    public IReadOnlyList<(DateTimeOffset At, string Key)> Creates
    {
        get
        {
            lock (_creates)
            {
                return [.. _creates];
            }
        }
    }

    public async Task<CalendarEventRef> CreateEventAsync(CalendarEventRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var created = await inner.CreateEventAsync(request, cancellationToken);
        int calls;
        lock (_creates)
        {
            _creates.Add((Clock.GetUtcNow(), request.IdempotencyKey));
            calls = _creates.Count;
        }

        if (calls == 1)
        {
            throw new MessageDeliveryException("Time-out na het aanmaken van de afspraak", "timeout", 504, isTransient: true);
        }

        return created;
    }

    public Task<CalendarEventRef> UpdateEventAsync(CalendarEventUpdate update, CancellationToken cancellationToken = default) => inner.UpdateEventAsync(update, cancellationToken);

    public Task CancelEventAsync(CalendarEventCancellation cancellation, CancellationToken cancellationToken = default) => inner.CancelEventAsync(cancellation, cancellationToken);

    public Task<IReadOnlyList<AttendeeResponse>> GetResponsesAsync(CalendarEventRef calendarEvent, CancellationToken cancellationToken = default) => inner.GetResponsesAsync(calendarEvent, cancellationToken);

    public Task<MessageReceipt> SendMailAsync(MailMessage message, CancellationToken cancellationToken = default) => inner.SendMailAsync(message, cancellationToken);
}
