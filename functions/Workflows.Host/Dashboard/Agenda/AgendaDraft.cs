namespace Workflows.Host.Dashboard.Agenda;

/// <summary>
/// What a coordinator typed in a form that was refused, shown again with the errors: the add form
/// (<paramref name="Key"/> null) or the edit form of one item.
/// </summary>
internal sealed record AgendaDraft(string? Key, string Title, string Explanation, string? Who, IReadOnlyList<string> Errors);
