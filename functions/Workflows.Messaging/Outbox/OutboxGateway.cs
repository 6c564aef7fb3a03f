using System.Text;
using Azure;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Workflows.Messaging.Outbox;

/// <summary>
/// The gateway when no Graph tenant is configured, and in the simulator: each message becomes one file in a
/// directory (<c>.ics</c> for calendar messages, <c>.eml</c> for mail) named by the caller's readable label and a hash of its
/// idempotency key (<c>2026-11-17 directieberaad uitnodiging 1d11a2b3.ics</c>), plus a record in
/// Table Storage; each event's latest state lives in the same table, so updates, cancellations and answers work
/// across restarts.
/// </summary>
/// <remarks>
/// Order of operations per message: file (atomic rename), then record (upsert), then event state (ETag). A crash
/// after any step leaves at most a file or record that the retry with the same key overwrites with the same
/// content; only the last step makes the key "applied", after which a retry returns the first result unchanged.
/// </remarks>
public sealed partial class OutboxGateway : IMessageGateway
{
    private const int MaxConcurrencyRetries = 8;
    private const string UidDomain = "outbox.workflows";

    private readonly OutboxOptions _options;
    private readonly IResponseSource? _responses;
    private readonly TimeProvider _time;
    private readonly OutboxTable _table;
    private readonly ILogger _logger;

    /// <param name="responses">Attendees' answers; without one every attendee is <see cref="ResponseStatus.None"/>.</param>
    /// <param name="timeProvider">The clock every recorded time comes from (virtual in the simulator); system clock when null.</param>
    /// <param name="logger">Logs each file written (no personal data); none when null.</param>
    public OutboxGateway(OutboxOptions options, IResponseSource? responses = null, TimeProvider? timeProvider = null, ILogger<OutboxGateway>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.OutputDirectory);
        ArgumentNullException.ThrowIfNull(options.Tables);
        _options = options;
        _responses = responses;
        _time = timeProvider ?? TimeProvider.System;
        _table = new OutboxTable(options.Tables.GetTableClient(options.TableName));
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>The directory the files are written to.</summary>
    public string OutputDirectory => _options.OutputDirectory;

    public async Task<CalendarEventRef> CreateEventAsync(CalendarEventRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        OutboxValidation.Event(request.IdempotencyKey, request.Start, request.End, request.TimeZone, request.Attendees);
        OutboxValidation.Address(request.Organizer, "organizer");

        // The id follows from the key, so a retried create finds the event its first attempt made.
        var eventId = "evt-" + OutboxFileNames.Hash(request.IdempotencyKey)[..32];
        var existing = await _table.GetEventAsync(eventId, cancellationToken).ConfigureAwait(false);
        if (existing is { } found)
        {
            OutboxLog.Repeated(_logger, "create", found.State.EventId);
            return Replay(found.State, request.IdempotencyKey);
        }

        var state = new EventState(
            eventId,
            request.Organizer,
            $"{eventId}@{UidDomain}",
            0,
            request.Subject,
            request.Start,
            request.End,
            request.TimeZone,
            request.Location,
            request.Online,
            request.Attendees,
            request.Labels,
            Cancelled: false,
            new Dictionary<string, int>(StringComparer.Ordinal)).Apply(request.IdempotencyKey, 0);

        await WriteEventMessageAsync(state, request.IdempotencyKey, OutboxStatus.Sent, IcsWriter.Request(state, request.Body.Text, _time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        if (await _table.TryAddEventAsync(state, cancellationToken).ConfigureAwait(false))
        {
            return state.RefAt(0);
        }

        // A concurrent attempt with the same key committed first; its result is the result.
        var winner = await _table.GetEventAsync(eventId, cancellationToken).ConfigureAwait(false)
            ?? throw new MessageDeliveryException("The outbox event vanished while it was being created.", "OutboxConflict", null, isTransient: true);
        return Replay(winner.State, request.IdempotencyKey);
    }

    public async Task<CalendarEventRef> UpdateEventAsync(CalendarEventUpdate update, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(update);
        OutboxValidation.Event(update.IdempotencyKey, update.Start, update.End, update.TimeZone, update.Attendees);

        for (var attempt = 0; attempt < MaxConcurrencyRetries; attempt++)
        {
            var (current, etag) = await LoadAsync(update.Event, cancellationToken).ConfigureAwait(false);
            if (current.Applied.ContainsKey(update.IdempotencyKey))
            {
                OutboxLog.Repeated(_logger, "update", current.EventId);
                return Replay(current, update.IdempotencyKey);
            }

            if (current.Cancelled)
            {
                throw new MessageDeliveryException(
                    $"Outbox event {current.EventId} was cancelled and can no longer be updated.", "ErrorItemNotFound", 404, isTransient: false);
            }

            var next = (current with
            {
                Subject = update.Subject,
                Start = update.Start,
                End = update.End,
                TimeZone = update.TimeZone,
                Location = update.Location,
                Attendees = update.Attendees,
                Labels = update.Labels,
            }).Apply(update.IdempotencyKey, current.Sequence + 1);

            await WriteEventMessageAsync(next, update.IdempotencyKey, OutboxStatus.Updated, IcsWriter.Request(next, update.Body.Text, _time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
            if (await _table.TryReplaceEventAsync(next, etag, cancellationToken).ConfigureAwait(false))
            {
                return next.RefAt(next.Sequence);
            }

            OutboxLog.Conflict(_logger, current.EventId, "update");
        }

        throw ConcurrencyExhausted(update.Event.EventId);
    }

    public async Task CancelEventAsync(CalendarEventCancellation cancellation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cancellation);
        OutboxValidation.Key(cancellation.IdempotencyKey);

        for (var attempt = 0; attempt < MaxConcurrencyRetries; attempt++)
        {
            var (current, etag) = await LoadAsync(cancellation.Event, cancellationToken).ConfigureAwait(false);

            // Cancelling twice sends nothing new, whatever the key: attendees already have the cancellation.
            if (current.Cancelled || current.Applied.ContainsKey(cancellation.IdempotencyKey))
            {
                return;
            }

            var next = (current with { Cancelled = true, Labels = cancellation.Labels }).Apply(cancellation.IdempotencyKey, current.Sequence + 1);
            await WriteEventMessageAsync(next, cancellation.IdempotencyKey, OutboxStatus.Cancelled, IcsWriter.Cancel(next, cancellation.Comment, _time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
            if (await _table.TryReplaceEventAsync(next, etag, cancellationToken).ConfigureAwait(false))
            {
                return;
            }

            OutboxLog.Conflict(_logger, current.EventId, "cancel");
        }

        throw ConcurrencyExhausted(cancellation.Event.EventId);
    }

    public async Task<IReadOnlyList<AttendeeResponse>> GetResponsesAsync(CalendarEventRef calendarEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(calendarEvent);
        var (state, _) = await LoadAsync(calendarEvent, cancellationToken).ConfigureAwait(false);
        var known = _responses?.GetResponses(state.ToSnapshot(), _time.GetUtcNow()) ?? [];
        var byEmail = new Dictionary<string, AttendeeResponse>(StringComparer.OrdinalIgnoreCase);
        foreach (var response in known)
        {
            byEmail[response.Email] = response;
        }

        // One answer per attendee, in invitation order; answers about people not invited are dropped.
        return state.Attendees
            .Select(a => byEmail.TryGetValue(a.Email, out var r) ? r with { Email = a.Email } : new AttendeeResponse(a.Email, ResponseStatus.None))
            .ToList();
    }

    private static CalendarEventRef Replay(EventState state, string idempotencyKey) =>
        state.RefAt(state.Applied.TryGetValue(idempotencyKey, out var sequence) ? sequence : state.Sequence);

    private async Task<(EventState State, ETag ETag)> LoadAsync(CalendarEventRef calendarEvent, CancellationToken cancellationToken) =>
        await _table.GetEventAsync(calendarEvent.EventId, cancellationToken).ConfigureAwait(false)
        ?? throw new MessageDeliveryException(
            $"The outbox holds no event with id {calendarEvent.EventId}.", "ErrorItemNotFound", 404, isTransient: false);

    private async Task WriteEventMessageAsync(EventState state, string idempotencyKey, OutboxStatus status, string ics, CancellationToken cancellationToken)
    {
        // The record stays keyed by the key itself, so a retry finds it even when a label changed in between.
        var stem = OutboxFileNames.Stem(idempotencyKey);
        var fileName = OutboxFileNames.File(idempotencyKey, state.Labels.FileLabel) + ".ics";
        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(ics);
        await AtomicFile.WriteAsync(GetPath(fileName), (s, ct) => s.WriteAsync(bytes, ct).AsTask(), cancellationToken).ConfigureAwait(false);
        await _table.EnsureCreatedAsync().ConfigureAwait(false);
        var record = new OutboxRecord(
            idempotencyKey,
            OutboxChannel.Calendar,
            status,
            _time.GetUtcNow(),
            state.Attendees.Select(a => a.Email).ToList(),
            state.Subject,
            state.Labels,
            fileName,
            state.EventId,
            state.Sequence);
        await _table.PutRecordAsync(stem, record, cancellationToken).ConfigureAwait(false);
        OutboxLog.Written(_logger, record.Channel, record.Status, record.Labels.Kind, record.Recipients.Count, fileName);
    }

    private static MessageDeliveryException ConcurrencyExhausted(string eventId) =>
        new($"Outbox event {eventId} kept changing under concurrent updates.", "OutboxConflict", 412, isTransient: true);
}
