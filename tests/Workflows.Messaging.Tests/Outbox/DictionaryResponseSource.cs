using System.Collections.Concurrent;
using Workflows.Messaging.Outbox;

namespace Workflows.Messaging.Tests.Outbox;

/// <summary>Answers set by a test per event and attendee; also remembers what the gateway asked it.</summary>
public sealed class DictionaryResponseSource : IResponseSource
{
    private readonly ConcurrentDictionary<(string EventId, string Email), AttendeeResponse> _answers = new();

    public List<(CalendarEventSnapshot Event, DateTimeOffset AsOf)> Asked { get; } = [];

    public void Set(string eventId, AttendeeResponse response) =>
        _answers[(eventId, response.Email.ToUpperInvariant())] = response;

    public IReadOnlyList<AttendeeResponse> GetResponses(CalendarEventSnapshot calendarEvent, DateTimeOffset asOf)
    {
        lock (Asked)
        {
            Asked.Add((calendarEvent, asOf));
        }

        return _answers.Where(a => a.Key.EventId == calendarEvent.Event.EventId).Select(a => a.Value).ToList();
    }
}
