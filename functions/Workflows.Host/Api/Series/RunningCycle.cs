using Workflows.Orchestrations.Meetings;
using Workflows.Messaging;

namespace Workflows.Host.Api.Series;

/// <summary>
/// A series' cycle that has not completed, as the API and the dashboard read it: what it waits for, its state, and
/// every invitee's answer to the occurrence in hand (in invitation order; <see cref="ResponseStatus.None"/> while
/// silent; empty before the invitation went out).
/// </summary>
/// <param name="Current">How far the cycle got with the occurrence in hand (its input's progress, plus the steps taken since).</param>
internal sealed record RunningCycle(string InstanceId, MeetingCycleStatus? Status, MeetingCycleInput? Input, OccurrenceProgress? Current, IReadOnlyList<AttendeeResponse> Answers)
{
    /// <summary>Whether the occurrence in hand has been invited (answers exist only then).</summary>
    public bool Invited => Current?.Event is not null;

    /// <summary>
    /// Whether the invitation of the occurrence on <paramref name="date"/> (yyyy-MM-dd) can be sent again: it is the
    /// occurrence in hand, invited, and not started at <paramref name="now"/>. The cycle ignores any other resend, so
    /// the API and the dashboard refuse it instead of queueing something that would do nothing.
    /// </summary>
    public bool Resendable(string date, DateTimeOffset now)
        => Current is { Event: not null, Sent: { } sent } current && current.Date == date && now < sent.Start;

    /// <summary>Suspended (from the Operations tab): a change raised now waits until the cycle is resumed.</summary>
    public bool Suspended { get; init; }
}
