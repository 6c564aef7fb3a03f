namespace Workflows.Orchestrations.Meetings;

/// <summary>
/// A proposed item for the agenda of one occurrence (series date <paramref name="Date"/>, yyyy-MM-dd). Its
/// <paramref name="Key"/> is derived from who brings it in and the title (<see cref="AgendaItemKeys"/>), so the
/// same proposal made twice (a double click, a retried request, a rerun simulation) is one item.
/// </summary>
/// <param name="Who">The person id of who brings it in.</param>
/// <param name="State"><see cref="AgendaItemStates"/>: proposed, accepted or held over.</param>
/// <param name="DecidedBy">Who accepted or held it over; null while proposed.</param>
public sealed record AgendaItem(
    string Series,
    string Date,
    string Key,
    string Title,
    string? Explanation,
    string Who,
    string State,
    DateTimeOffset ProposedAt,
    string? DecidedBy = null)
{
    /// <summary>The name of who brings it in, as the agenda shows it (resolved when proposed); null: not known.</summary>
    public string? WhoName { get; init; }

    /// <summary>Its place among the occurrence's items once a coordinator reordered them (0 first); null: the order proposed.</summary>
    public int? Order { get; init; }
}
