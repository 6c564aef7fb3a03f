namespace Workflows.Orchestrations;

/// <summary>Timeline kinds every workflow may record, whatever it is about.</summary>
public static class WorkflowEvents
{
    /// <summary>A side-effect step still failed after its retries; the workflow went on without it (<see cref="StepFailedInput"/>).</summary>
    public const string StepFailed = "workflow.step-failed";

    /// <summary>Name of the activity that records a failed step and tells the coordinators; recorded in history, so never renamed.</summary>
    public const string ReportStepFailed = "WorkflowReportStepFailed";
}
