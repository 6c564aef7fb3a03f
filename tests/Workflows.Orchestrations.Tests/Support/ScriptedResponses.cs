using Workflows.Messaging;
using Workflows.Messaging.Outbox;

namespace Workflows.Orchestrations.Tests.Support;

/// <summary>
/// The attendees' answers to every invitation: what <paramref name="answers"/> says per e-mail address, the default
/// for everyone else. The outbox gateway asks this when an orchestration reads the answers.
/// </summary>
internal sealed class ScriptedResponses(ResponseStatus @default, IReadOnlyDictionary<string, ResponseStatus>? answers = null) : IResponseSource
{
    public IReadOnlyList<AttendeeResponse> GetResponses(CalendarEventSnapshot calendarEvent, DateTimeOffset asOf) =>
    [
        .. calendarEvent.Attendees
            .Select(a => new AttendeeResponse(a.Email, answers?.GetValueOrDefault(a.Email.ToLowerInvariant(), @default) ?? @default, asOf))
            .Where(a => a.Response != ResponseStatus.None),
    ];
}
