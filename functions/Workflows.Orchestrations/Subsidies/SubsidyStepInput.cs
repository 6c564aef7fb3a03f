namespace Workflows.Orchestrations.Subsidies;

/// <summary>
/// Input of a subsidy activity: the round, the orchestration's time of the step, the instance, the answers so
/// far, and per step the answer that arrived, the reminder's days left or the reason of a change.
/// </summary>
public sealed record SubsidyStepInput(
    SubsidyRoundSnapshot Round,
    DateTimeOffset At,
    string Instance,
    IReadOnlyList<SubsidyAnswer> Answers,
    SubsidyAnswer? Answer = null,
    int DaysLeft = 0,
    string? Reason = null,
    string Key = "") : IStepInput;
