namespace Workflows.Partnerships.Rules;

/// <summary>One requirement of the partner rule: at least one of <paramref name="PersonIds"/> must accept.</summary>
/// <param name="Selector">The selector as written in the file (<c>requireKinds</c> entries as <c>kind:x</c>).</param>
/// <param name="Label">The Dutch noun phrase for the people it selects ("een mbo-sectordirecteur", "iemand van het mbo", a name).</param>
public sealed record QuorumRequirement(string Selector, string Label, IReadOnlyList<string> PersonIds);
