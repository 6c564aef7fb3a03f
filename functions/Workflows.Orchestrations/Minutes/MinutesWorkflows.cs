using Microsoft.DurableTask;

namespace Workflows.Orchestrations.Minutes;

/// <summary>Registers the minutes (orchestrator <c>MeetingMinutes</c> and its activities) with a worker's registry.</summary>
public static class MinutesWorkflows
{
    public static DurableTaskRegistry Register(DurableTaskRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return registry
            .AddOrchestrator(MinutesActivityNames.Orchestrator, () => new MeetingMinutesOrchestrator())
            .AddStep<MinutesActivities, MinutesStepInput, bool>(MinutesActivityNames.Send, (a, c, i) => a.SendAsync(c, i))
            .AddStep<MinutesActivities, MinutesStepInput, bool>(MinutesActivityNames.RemindActionItem, (a, c, i) => a.RemindActionItemAsync(c, i));
    }
}
