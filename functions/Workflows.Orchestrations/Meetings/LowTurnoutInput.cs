namespace Workflows.Host.Meetings;

/// <summary>Input of the low-turnout alert: the occurrence and the verdict with the decliners.</summary>
public sealed record LowTurnoutInput(MeetingStepInput Step, RsvpVerdict Verdict);
