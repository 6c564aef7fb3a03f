using Workflows.Messaging;

namespace Workflows.Host.Tests.Meetings;

/// <summary>
/// A gateway whose first calendar-event creation (or first mail) fails after it was made, the way a Graph call can
/// time out after the server acted: the activity fails transiently and its retry must find the same event or mail
/// through the idempotency key, not make a second.
/// </summary>
internal sealed class FailOnceGateway(IMessageGateway inner, bool failMail = false) : IMessageGateway
{
    private readonly List<(DateTimeOffset At, string Key)> _calls = [];

    /// <summary>The harness's virtual clock (it exists only once the gateway is wrapped), to record when calls happen.</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    /// <summary>Every call of the failing kind (failed attempts included): virtual time and idempotency key.</summary>
    public IReadOnlyList<(DateTimeOffset At, string Key)> Calls
    {
        get
        {
            lock (_calls)
            {
                return [.. _calls];
            }
        }
    }

    public async Task<CalendarEventRef> CreateEventAsync(CalendarEventRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var created = await inner.CreateEventAsync(request, cancellationToken);
        return failMail ? created : Count(request.IdempotencyKey, created);
    }

    public Task<CalendarEventRef> UpdateEventAsync(CalendarEventUpdate update, CancellationToken cancellationToken = default) => inner.UpdateEventAsync(update, cancellationToken);

    public Task CancelEventAsync(CalendarEventCancellation cancellation, CancellationToken cancellationToken = default) => inner.CancelEventAsync(cancellation, cancellationToken);

    public Task<IReadOnlyList<AttendeeResponse>> GetResponsesAsync(CalendarEventRef calendarEvent, CancellationToken cancellationToken = default) => inner.GetResponsesAsync(calendarEvent, cancellationToken);

    public async Task<MessageReceipt> SendMailAsync(MailMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var sent = await inner.SendMailAsync(message, cancellationToken);
        return failMail ? Count(message.IdempotencyKey, sent) : sent;
    }

    private T Count<T>(string key, T result)
    {
        int calls;
        lock (_calls)
        {
            _calls.Add((Clock.GetUtcNow(), key));
            calls = _calls.Count;
        }

        return calls == 1
            ? throw new MessageDeliveryException("Time-out nadat het bericht was verwerkt", "timeout", 504, isTransient: true)
            : result;
    }
}
