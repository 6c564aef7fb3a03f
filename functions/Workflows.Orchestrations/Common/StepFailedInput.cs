namespace Workflows.Orchestrations;

/// <summary>Input of <see cref="WorkflowEvents.ReportStepFailed"/>: which step of which instance failed, why, and who to tell.</summary>
/// <param name="Step">The failed activity's name.</param>
/// <param name="Reason">The last error's message, one line and cut short (<see cref="WorkflowSteps.ReasonLength"/>).</param>
public sealed record StepFailedInput(StepAudience Audience, string Instance, string Step, string Reason, DateTimeOffset At, string Key) : IStepInput;
