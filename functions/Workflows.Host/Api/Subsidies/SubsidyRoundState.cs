using Workflows.Orchestrations.Subsidies;

namespace Workflows.Host.Api.Subsidies;

/// <summary>One round as its instance holds it: the snapshot (deadline in force), the custom status (null before the first step) and the runtime status.</summary>
internal sealed record SubsidyRoundState(SubsidyRoundSnapshot Round, SubsidyRoundStatus? Status, string Runtime);
