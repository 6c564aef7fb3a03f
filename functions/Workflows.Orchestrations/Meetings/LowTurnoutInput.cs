namespace Workflows.Orchestrations.Meetings;

/// <summary>Input of the low-turnout alert: the occurrence and the verdict with the decliners.</summary>
public sealed record LowTurnoutInput(MeetingStepInput Step, RsvpVerdict Verdict) : IStepInput
{
    public string Key => Step.Key;
}
