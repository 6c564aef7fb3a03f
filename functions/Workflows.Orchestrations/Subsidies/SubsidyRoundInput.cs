namespace Workflows.Orchestrations.Subsidies;

/// <summary>Input of a subsidy round orchestration (instance <c>subsidy:{partnership}:{round}</c>).</summary>
/// <param name="Answers">The answers recorded before a restart (the reconciler restarts a failed round with them).</param>
/// <param name="Announced">True when the round was announced before a restart: the announcement is not sent again.</param>
public sealed record SubsidyRoundInput(SubsidyRoundSnapshot Round, IReadOnlyList<SubsidyAnswer>? Answers = null, bool Announced = false);
