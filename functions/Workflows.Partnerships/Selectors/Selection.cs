using Workflows.Partnerships.Configuration;

namespace Workflows.Partnerships.Selectors;

/// <summary>A person chosen by selectors, with one reason per selector that chose them (for messages and audit).</summary>
public sealed record Selection(Person Person, IReadOnlyList<string> Reasons);
