using Workflows.Messaging;
using Workflows.Messaging.Outbox;

namespace Workflows.Host.Tests.Reviews;

/// <summary>Answers to bestuur-talk invitations: <paramref name="answer"/> per attendee address and talk date (the event's <c>occurrence</c> label).</summary>
internal sealed class ReviewAnswers(Func<string, string?, ResponseStatus> answer) : IResponseSource
{
    public IReadOnlyList<AttendeeResponse> GetResponses(CalendarEventSnapshot calendarEvent, DateTimeOffset asOf)
    {
        string? date = calendarEvent.Labels.Values.GetValueOrDefault("occurrence");
        return [.. calendarEvent.Attendees.Select(a => new AttendeeResponse(a.Email, answer(a.Email, date), asOf)).Where(a => a.Response != ResponseStatus.None)];
    }
}
