using System.Collections.Concurrent;
using Workflows.Messaging;
using Workflows.Messaging.Outbox;

namespace Workflows.Host.Simulation;

/// <summary>
/// Stand-in gateway until the outbox gateway is on main: keeps events and mails in memory, keyed by idempotency
/// key (a repeated key returns the first result), and answers from an <see cref="IResponseSource"/>.
/// </summary>
internal sealed class MemoryGateway(IResponseSource? responses, TimeProvider clock) : IMessageGateway
{
    private readonly ConcurrentDictionary<string, object> _byKey = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, CalendarEventSnapshot> _events = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (MessageBody Body, string TimeZone)> _contents = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<MailMessage> _mails = new();

    /// <summary>What each idempotency key produced: event refs, cancellations, mail receipts.</summary>
    public IReadOnlyCollection<object> Sent => [.. _byKey.Values];

    /// <summary>Every mail sent, once per key.</summary>
    public IReadOnlyCollection<MailMessage> Mails => [.. _mails];

    public CalendarEventSnapshot Event(string eventId) => _events[eventId];

    public MessageBody Body(string eventId) => _contents[eventId].Body;

    public string TimeZoneOf(string eventId) => _contents[eventId].TimeZone;

    public Task<CalendarEventRef> CreateEventAsync(CalendarEventRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var made = (CalendarEventRef)_byKey.GetOrAdd(request.IdempotencyKey, key =>
        {
            string id = "evt-" + _events.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + "-" + key.GetHashCode(StringComparison.Ordinal).ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
            var reference = new CalendarEventRef(request.Organizer, id, id + "@memory", 0);
            _events[id] = new CalendarEventSnapshot(reference, request.Subject, request.Start, request.End, request.Attendees, request.Labels, false);
            _contents[id] = (request.Body, request.TimeZone);
            return reference;
        });
        return Task.FromResult(made);
    }

    public Task<CalendarEventRef> UpdateEventAsync(CalendarEventUpdate update, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(update);
        var made = (CalendarEventRef)_byKey.GetOrAdd(update.IdempotencyKey, _ =>
        {
            var reference = update.Event with { Sequence = update.Event.Sequence + 1 };
            _events[update.Event.EventId] = new CalendarEventSnapshot(reference, update.Subject, update.Start, update.End, update.Attendees, update.Labels, false);
            _contents[update.Event.EventId] = (update.Body, update.TimeZone);
            return reference;
        });
        return Task.FromResult(made);
    }

    public Task CancelEventAsync(CalendarEventCancellation cancellation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cancellation);
        _byKey.GetOrAdd(cancellation.IdempotencyKey, _ =>
        {
            if (_events.TryGetValue(cancellation.Event.EventId, out var current))
            {
                _events[cancellation.Event.EventId] = current with { Cancelled = true };
            }

            return cancellation;
        });
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AttendeeResponse>> GetResponsesAsync(CalendarEventRef calendarEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(calendarEvent);
        if (!_events.TryGetValue(calendarEvent.EventId, out var snapshot))
        {
            throw new MessageDeliveryException($"No event {calendarEvent.EventId}.", "EventNotFound", 404, isTransient: false);
        }

        var known = responses?.GetResponses(snapshot, clock.GetUtcNow()) ?? [];
        IReadOnlyList<AttendeeResponse> all =
        [
            .. snapshot.Attendees.Select(a => known.FirstOrDefault(r => string.Equals(r.Email, a.Email, StringComparison.OrdinalIgnoreCase)) ?? new AttendeeResponse(a.Email, ResponseStatus.None)),
        ];
        return Task.FromResult(all);
    }

    public Task<MessageReceipt> SendMailAsync(MailMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var receipt = (MessageReceipt)_byKey.GetOrAdd(message.IdempotencyKey, key =>
        {
            _mails.Enqueue(message);
            return new MessageReceipt(key, clock.GetUtcNow());
        });
        return Task.FromResult(receipt);
    }
}
