using Workflows.Orchestrations.Meetings;

namespace Workflows.Orchestrations.Minutes;

/// <summary>Input of the minutes' steps; <paramref name="ActionItem"/> names the item a reminder is for.</summary>
/// <param name="At">The orchestration's time of the step (replayed, so a redelivered step records the same moment).</param>
public sealed record MinutesStepInput(
    SeriesSnapshot Series,
    string Date,
    DateTimeOffset Start,
    DateTimeOffset End,
    string Instance,
    DateTimeOffset At,
    string? ActionItem = null,
    string Key = "") : IStepInput;
