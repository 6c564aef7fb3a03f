using Microsoft.Graph.Models.ODataErrors;
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
    /// <remarks>A 404 means the event is gone, which is what a cancellation wants (a retried cancel finds it deleted).</remarks>
    public async Task CancelEventAsync(CalendarEventCancellation cancellation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cancellation);
        var target = cancellation.Event;
        RequireMailbox(target.Organizer);
        try
        {
            await client.Users[target.Organizer].Events[target.EventId].Cancel
                .PostAsync(new CancelPostRequestBody { Comment = cancellation.Comment }, cancellationToken: cancellationToken)
                .ConfigureAwait(false);
        }
        catch (ODataError error) when (error.ResponseStatusCode == 404)
        {
            GraphLog.CancelAlreadyGone(logger);
        }
        catch (Exception ex) when (Translate("cancel event", ex, cancellationToken) is { } failure)
        {
            throw failure;
        }
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
