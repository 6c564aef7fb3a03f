using Microsoft.DurableTask;

namespace Workflows.Orchestrations;

/// <summary>How a workflow step that failed is tried again.</summary>
internal static class WorkflowRetry
{
    /// <summary>
    /// Five tries, one minute apart at first and doubling up to half an hour: a Graph or storage outage of up to an
    /// hour or so is ridden out, while a step that can never succeed fails within about an hour and is visible.
    /// </summary>
    public static TaskOptions Default { get; } =
        TaskOptions.FromRetryPolicy(new RetryPolicy(5, TimeSpan.FromMinutes(1), 2.0, TimeSpan.FromMinutes(30)));
}
