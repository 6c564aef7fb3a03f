using Workflows.Messaging;

namespace Workflows.Host.Api.Series;

/// <summary>The running cycle of a series as a coordinator sees it.</summary>
/// <param name="Phase">What the cycle does now (e.g. <c>invited</c>, <c>waiting</c>), from its custom status.</param>
/// <param name="Occurrence">The series date in hand (yyyy-MM-dd).</param>
/// <param name="Invited">Whether the invitation for it has gone out; answers exist only then.</param>
public sealed record SeriesRsvp(string Series, string Instance, string? Phase, string? Occurrence, DateTimeOffset? WaitingUntil, bool Invited, IReadOnlyList<SeriesRsvpAnswer> Answers);

/// <summary>One invitee's answer (<see cref="ResponseStatus.None"/> while silent).</summary>
public sealed record SeriesRsvpAnswer(string Name, string Email, ResponseStatus Response, string? Comment);

/// <summary>A cancel or move queued for the series' cycle.</summary>
public sealed record AcceptedOccurrenceCommand(string Series, string Date, string Command, string Instance);
