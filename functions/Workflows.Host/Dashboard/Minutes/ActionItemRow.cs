namespace Workflows.Host.Dashboard.Minutes;

/// <summary>One row of the action items on the verslag form, as typed (kept as it was when the form comes back with errors).</summary>
internal sealed record ActionItemRow(string What, string Owner, string Due)
{
    public static readonly ActionItemRow Blank = new(string.Empty, string.Empty, string.Empty);

    /// <summary>A row whose "what" is empty is no item: how a coordinator removes one.</summary>
    public bool Removed => string.IsNullOrWhiteSpace(What);
}
