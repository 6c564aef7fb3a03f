namespace Workflows.Partnerships.Selectors;

/// <summary>One part of a selector; for Kind the value is the canonical keyword (e.g. <c>havo-vwo</c>).</summary>
internal sealed record SelectorTerm(SelectorTermKind Kind, string Value);
