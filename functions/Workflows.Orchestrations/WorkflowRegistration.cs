using Microsoft.DurableTask;
using Workflows.Orchestrations.Meetings;
using Workflows.Orchestrations.Reviews;
using Workflows.Orchestrations.Subsidies;

namespace Workflows.Orchestrations;

/// <summary>
/// The one list of the platform's orchestrators and activities, by the names recorded in history. The Functions app
/// and the local runtimes both register from it, so a workflow added here runs on every host.
/// </summary>
/// <remarks>
/// Activities are made per call from the host's container, which must hold <see cref="MeetingServices"/>,
/// <see cref="SubsidyServices"/> and <see cref="ReviewServices"/>.
/// </remarks>
public static class WorkflowRegistration
{
    public static DurableTaskRegistry AddWorkflows(this DurableTaskRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        MeetingWorkflows.Register(registry);
        Minutes.MinutesWorkflows.Register(registry);
        SubsidyWorkflows.Register(registry);
        ReviewWorkflows.Register(registry);
        return registry.AddStep<StepFailureActivities, StepFailedInput, bool>(WorkflowEvents.ReportStepFailed, (a, c, i) => a.ReportAsync(c, i));
    }
}
