namespace Workflows.Orchestrations.Reviews;

/// <summary>Payload of <c>config-changed</c> to a bestuur-talk orchestration; <paramref name="Convenant"/> null when the convenant was removed.</summary>
public sealed record ConvenantChangedEvent(ConvenantSnapshot? Convenant);
