using System.Collections.Concurrent;
using Workflows.Messaging;
using Workflows.Orchestrations.Meetings;

namespace Workflows.Host.Simulation;

/// <summary>
/// The simulator's gateway: passes everything through and notes when the coordinators were asked to decide about
/// an occurrence at risk (the <c>meeting.at-risk</c> mail, by series and occurrence date), so a decision without its
/// own moment is taken an hour after that question.
/// </summary>
internal sealed class AtRiskWatcher(IMessageGateway inner, TimeProvider clock) : IMessageGateway
{
    private readonly ConcurrentDictionary<(string Series, string Date), DateTimeOffset> _asked = new();

    /// <summary>When the coordinators were first asked about the occurrence; null when not (yet).</summary>
    public DateTimeOffset? AskedAt(string series, string date) => _asked.TryGetValue((series, date), out var at) ? at : null;

    public Task<CalendarEventRef> CreateEventAsync(CalendarEventRequest request, CancellationToken cancellationToken = default) => inner.CreateEventAsync(request, cancellationToken);

    public Task<CalendarEventRef> UpdateEventAsync(CalendarEventUpdate update, CancellationToken cancellationToken = default) => inner.UpdateEventAsync(update, cancellationToken);

    public Task CancelEventAsync(CalendarEventCancellation cancellation, CancellationToken cancellationToken = default) => inner.CancelEventAsync(cancellation, cancellationToken);

    public Task<IReadOnlyList<AttendeeResponse>> GetResponsesAsync(CalendarEventRef calendarEvent, CancellationToken cancellationToken = default) => inner.GetResponsesAsync(calendarEvent, cancellationToken);

    public async Task<MessageReceipt> SendMailAsync(MailMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var receipt = await inner.SendMailAsync(message, cancellationToken).ConfigureAwait(false);
        if (message.Labels.Kind == MeetingEvents.AtRisk
            && message.Labels.Values.TryGetValue("series", out var series)
            && message.Labels.Values.TryGetValue("occurrence", out var date))
        {
            _asked.TryAdd((series, date), clock.GetUtcNow());
        }

        return receipt;
    }
}
