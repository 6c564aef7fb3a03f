using NodaTime;

namespace Workflows.Orchestrations.Meetings;

/// <summary>
/// Someone proposes <paramref name="Title"/> for the agenda of the occurrence <paramref name="Date"/> (series date) of a
/// series, at <paramref name="At"/>. <see cref="Start"/> and <see cref="End"/> place the timeline event at the
/// occurrence, like the cycle's own events.
/// </summary>
/// <param name="Who">The person id of who brings it in; <paramref name="WhoName"/> their name for the agenda.</param>
public sealed record AgendaProposal(
    string PartnershipId, string SeriesId, LocalDate Date, string Who, string? WhoName, string Title, string? Explanation, DateTimeOffset At)
{
    public DateTimeOffset? Start { get; init; }

    public DateTimeOffset? End { get; init; }
}
