using Workflows.Host.Api.Instances;

namespace Workflows.Host.Dashboard.Operations;

/// <summary>The words of one control action: its path segment, title, what will happen and what was done.</summary>
internal sealed record OperationTexts(string Action, string Title, string WillHappen, string Done)
{
    public static OperationTexts For(DashboardRequest r, InstanceOperation operation, string what, string id)
    {
        ArgumentNullException.ThrowIfNull(r);
        return operation switch
        {
            InstanceOperation.Suspend => new("suspend", r.L("Onderbreken", "Suspend"),
                r.L($"{what} ({id}) wordt onderbroken: de workflow doet niets meer (geen uitnodigingen, herinneringen of timers) tot hij wordt hervat.",
                    $"{what} ({id}) will be suspended: the workflow does nothing (no invitations, reminders or timers) until it is resumed."),
                r.L($"Onderbreken van {what} is doorgegeven; de status verandert zodra de engine het verwerkt.", $"Suspending {what} was passed on; its status changes as soon as the engine has processed it.")),
            InstanceOperation.Resume => new("resume", r.L("Hervatten", "Resume"),
                r.L($"{what} ({id}) wordt hervat: de workflow gaat verder waar hij was.", $"{what} ({id}) will be resumed: the workflow carries on where it was."),
                r.L($"Hervatten van {what} is doorgegeven; de status verandert zodra de engine het verwerkt.", $"Resuming {what} was passed on; its status changes as soon as the engine has processed it.")),
            InstanceOperation.Terminate => new("terminate", r.L("Beëindigen", "Terminate"),
                r.L($"{what} ({id}) wordt definitief beëindigd. Dit kan niet ongedaan worden gemaakt; de workflow stuurt niets meer.",
                    $"{what} ({id}) will be terminated for good. This cannot be undone; the workflow sends nothing more."),
                r.L($"Beëindigen van {what} is doorgegeven; de status verandert zodra de engine het verwerkt.", $"Terminating {what} was passed on; its status changes as soon as the engine has processed it.")),
            _ => new("purge", r.L("Verwijderen", "Purge"),
                r.L($"{what} ({id}) en haar hele geschiedenis worden verwijderd. Dit kan niet ongedaan worden gemaakt.",
                    $"{what} ({id}) and its whole history will be removed. This cannot be undone."),
                r.L($"{what} ({id}) is verwijderd.", $"{what} ({id}) was purged.")),
        };
    }
}
