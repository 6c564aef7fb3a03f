namespace Workflows.Orchestrations.Minutes;

/// <summary>
/// One action item of a meeting's minutes: what is to be done, by whom, by when. Its <paramref name="Key"/> comes
/// from the owner and the text (<see cref="ActionItemKeys"/>), so saving the same list again changes nothing and
/// an item keeps its state (done or not) through a corrected draft.
/// </summary>
/// <param name="Date">The meeting the item was agreed at (series date, yyyy-MM-dd).</param>
/// <param name="Owner">The person id of who does it (a member, the chair or a coordinator of the series).</param>
/// <param name="Due">The due date, yyyy-MM-dd.</param>
/// <param name="DoneAt">When it was reported done; null while open.</param>
public sealed record ActionItem(
    string Series,
    string Date,
    string Key,
    string What,
    string Owner,
    string OwnerName,
    string Due,
    DateTimeOffset? DoneAt = null)
{
    public bool Open => DoneAt is null;
}
