namespace Workflows.Partnerships.Selectors;

/// <summary>A parsed selector: a person matches when every term matches.</summary>
internal sealed record Selector(string Text, IReadOnlyList<SelectorTerm> Terms);
