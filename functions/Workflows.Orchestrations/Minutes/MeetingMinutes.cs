namespace Workflows.Orchestrations.Minutes;

/// <summary>
/// The verslag (or besluitenlijst) of one held occurrence with its action items. A draft can be saved again as often
/// as the coordinators like; once approved it is sent to the members and no longer changes.
/// </summary>
/// <param name="Text">The verslag as the coordinator wrote it (plain text, paragraphs separated by blank lines).</param>
/// <param name="SavedBy">Who saved the last version (a person id or the API key's name).</param>
/// <param name="ApprovedBy">Who approved it; null while a draft.</param>
public sealed record MeetingMinutes(
    string Series,
    string Date,
    string Text,
    IReadOnlyList<ActionItem> ActionItems,
    DateTimeOffset SavedAt,
    string SavedBy,
    string? ApprovedBy = null,
    DateTimeOffset? ApprovedAt = null)
{
    public bool Approved => ApprovedAt is not null;
}
