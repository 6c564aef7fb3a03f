using Workflows.Orchestrations.Meetings;
using Workflows.Messaging;

namespace Workflows.Host.Api.Series;

/// <summary>
/// A series' cycle that has not completed, as the API and the dashboard read it: what it waits for, its state, and
/// every invitee's answer to the occurrence in hand (in invitation order; <see cref="ResponseStatus.None"/> while
/// silent; empty before the invitation went out).
/// </summary>
/// <param name="Occurrences">How far the cycle got with each occurrence in progress (its input's progress, plus the steps taken since), in date order.</param>
internal sealed record RunningCycle(string InstanceId, MeetingCycleStatus? Status, MeetingCycleInput? Input, IReadOnlyList<OccurrenceProgress> Occurrences, IReadOnlyList<AttendeeResponse> Answers)
{
    /// <summary>The occurrence in hand: the first one in progress that is not done.</summary>
    public OccurrenceProgress? Current => InHand(Occurrences);

    public static OccurrenceProgress? InHand(IReadOnlyList<OccurrenceProgress> occurrences) => occurrences.FirstOrDefault(p => !p.Done);

    /// <summary>The progress of the occurrence of series date <paramref name="date"/> (yyyy-MM-dd), when the cycle did something for it.</summary>
    public OccurrenceProgress? ProgressOf(string date) => Occurrences.FirstOrDefault(p => p.Date == date);

    /// <summary>Whether the occurrence in hand has been invited (answers exist only then).</summary>
    public bool Invited => Current?.Event is not null;

    /// <summary>
    /// Whether the invitation of the occurrence on <paramref name="date"/> (yyyy-MM-dd) can be sent again: it is
    /// invited, not done, and not started at <paramref name="now"/>. The cycle ignores any other resend, so the API
    /// and the dashboard refuse it instead of queueing something that would do nothing.
    /// </summary>
    public bool Resendable(string date, DateTimeOffset now)
        => ProgressOf(date) is { Event: not null, Sent: { } sent, Done: false } && now < sent.Start;

    /// <summary>Suspended (from the Operations tab): a change raised now waits until the cycle is resumed.</summary>
    public bool Suspended { get; init; }
}
