using Microsoft.DurableTask.Client;

namespace Workflows.Host.Dashboard.Operations;

/// <summary>An instance's runtime status as a badge: its text says it (never colour alone).</summary>
internal static class RuntimeStatusLabels
{
    public static string Label(DashboardRequest r, OrchestrationRuntimeStatus status)
    {
        ArgumentNullException.ThrowIfNull(r);
        return status switch
        {
            OrchestrationRuntimeStatus.Running => r.L("Actief", "Running"),
            OrchestrationRuntimeStatus.Completed => r.L("Voltooid", "Completed"),
            OrchestrationRuntimeStatus.Failed => r.L("Mislukt", "Failed"),
            OrchestrationRuntimeStatus.Terminated => r.L("Beëindigd", "Terminated"),
            OrchestrationRuntimeStatus.Pending => r.L("Wacht op start", "Pending"),
            OrchestrationRuntimeStatus.Suspended => r.L("Onderbroken", "Suspended"),
#pragma warning disable CS0618 // Obsolete statuses an old instance may still report: they get words too.
            OrchestrationRuntimeStatus.ContinuedAsNew => r.L("Opnieuw begonnen", "Continued as new"),
            OrchestrationRuntimeStatus.Canceled => r.L("Geannuleerd", "Canceled"),
#pragma warning restore CS0618
            _ => r.L("Onbekend", "Unknown"),
        };
    }

    public static Html Badge(DashboardRequest r, OrchestrationRuntimeStatus status)
    {
        string kind = status switch
        {
            OrchestrationRuntimeStatus.Running => "ok",
            OrchestrationRuntimeStatus.Failed or OrchestrationRuntimeStatus.Terminated => "bad",
            OrchestrationRuntimeStatus.Suspended or OrchestrationRuntimeStatus.Pending => "warn",
            _ => "none",
        };
        return Html.Of($"<span class=\"badge {kind}\" data-status=\"{status}\">{Label(r, status)}</span>");
    }
}
