using Workflows.Orchestrations.Timeline;

namespace Workflows.Orchestrations.Meetings;

/// <summary>A timeline event that sends nothing (a skipped date, a cancellation made ahead), with its row's key.</summary>
public sealed record TimelineEntryInput(TimelineEvent Event, string Key) : IStepInput;
