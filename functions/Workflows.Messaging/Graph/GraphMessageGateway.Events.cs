using Microsoft.Graph.Users.Item.Events.Item.Cancel;

namespace Workflows.Messaging.Graph;

public sealed partial class GraphMessageGateway
{
    /// <inheritdoc />
    public async Task<CalendarEventRef> UpdateEventAsync(CalendarEventUpdate update, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(update);
        var target = update.Event;
        RequireMailbox(target.Organizer);
        var body = GraphEventMapper.ForUpdate(update);
        var updated = await CallAsync(
            "update event",
            ct => client.Users[target.Organizer].Events[target.EventId].PatchAsync(body, cancellationToken: ct),
            cancellationToken).ConfigureAwait(false);

        // Exchange raises the iCalendar SEQUENCE itself when time or place changes; the ref counts versions sent.
        return Reference(target.Organizer, updated, target.Sequence + 1, target.ICalUid);
    }

    /// <inheritdoc />
    /// <remarks>
    /// Graph removes a cancelled event from the organizer's calendar, so a second cancel would get 404: a repeat of a
    /// cancel this process made is answered from memory. An event Graph does not know fails permanently
    /// (<c>ErrorItemNotFound</c>), also when a cancel is repeated after a restart.
    /// </remarks>
    public async Task CancelEventAsync(CalendarEventCancellation cancellation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cancellation);
        var target = cancellation.Event;
        RequireMailbox(target.Organizer);
        var memory = target.Organizer.ToLowerInvariant() + "|" + target.EventId;
        if (cancelledEvents.TryGet(memory, out _))
        {
            GraphLog.CancelRepeated(logger);
            return;
        }

        await CallAsync(
            "cancel event",
            async ct =>
            {
                await client.Users[target.Organizer].Events[target.EventId].Cancel
                    .PostAsync(new CancelPostRequestBody { Comment = cancellation.Comment }, cancellationToken: ct)
                    .ConfigureAwait(false);
                return true;
            },
            cancellationToken).ConfigureAwait(false);
        cancelledEvents.Remember(memory, true);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<AttendeeResponse>> GetResponsesAsync(CalendarEventRef calendarEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(calendarEvent);
        RequireMailbox(calendarEvent.Organizer);
        var ev = await CallAsync(
            "read responses",
            ct => client.Users[calendarEvent.Organizer].Events[calendarEvent.EventId]
                .GetAsync(config => config.QueryParameters.Select = ["attendees"], ct),
            cancellationToken).ConfigureAwait(false);
        return ev is null ? [] : GraphEventMapper.Responses(ev);
    }
}
