namespace Workflows.Orchestrations.Meetings;

/// <summary>
/// A coordinator's confirmation of who was present at one held occurrence (date yyyy-MM-dd): the organizations
/// present, in the order given; every other organization invited to it was absent.
/// </summary>
public sealed record PresenceConfirmation(string SeriesId, string Date, IReadOnlyList<string> Organizations, DateTimeOffset ConfirmedAt);
