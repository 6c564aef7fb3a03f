namespace Workflows.Host.Dashboard.Overview;

/// <summary>What a coordinator typed in the move form, kept to show the form again after a mistake.</summary>
internal sealed record MoveFields(string NewDate, string Start, string End, string Reason)
{
    public static readonly MoveFields Empty = new(string.Empty, string.Empty, string.Empty, string.Empty);

    /// <summary>Null for an empty field: "not given", as a missing JSON property is for the API.</summary>
    public static string? Given(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
