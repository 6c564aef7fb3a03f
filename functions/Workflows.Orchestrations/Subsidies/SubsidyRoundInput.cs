namespace Workflows.Orchestrations.Subsidies;

/// <summary>Input of a subsidy round orchestration (instance <c>subsidy:{partnership}:{round}</c>).</summary>
public sealed record SubsidyRoundInput(SubsidyRoundSnapshot Round);
