using Workflows.Orchestrations.Meetings;
using Workflows.Orchestrations.Reviews;
using Workflows.Orchestrations.Subsidies;

namespace Workflows.Host.Dashboard.Operations;

/// <summary>
/// What an instance is, in the coordinators' words: the workflows' ids are <c>meeting:{partnership}:{series}</c>,
/// <c>subsidy:{partnership}:{round}</c> and <c>review:{partnership}:{convenant}</c>, named from the configuration.
/// </summary>
internal static class InstanceDescriptions
{
    public static string Describe(DashboardRequest r, string instanceId, string orchestration)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(instanceId);
        string[] parts = instanceId.Split(':', 3);
        if (parts.Length == 3)
        {
            string id = parts[2];
            switch (parts[0])
            {
                case "meeting" when orchestration == MeetingActivityNames.Orchestrator:
                    string series = r.Config?.FindMeeting(id)?.Title ?? id;
                    return r.L($"Vergadercyclus van {series}", $"Meeting cycle of {series}");
                case "subsidy" when orchestration == SubsidyActivityNames.Orchestrator:
                    string round = r.Config?.FindSubsidyRound(id)?.Title ?? id;
                    return r.L($"Subsidieronde {round}", $"Subsidy round {round}");
                case "review" when orchestration == ReviewActivityNames.Orchestrator:
                    string convenant = Convenant(r, id);
                    return r.L($"Bestuursgesprekken over convenant {convenant}", $"Bestuur talks on convenant {convenant}");
            }
        }

        return r.L($"Workflow {orchestration}", $"Workflow {orchestration}");
    }

    private static string Convenant(DashboardRequest r, string id)
    {
        if (r.Config?.FindConvenant(id) is not { } c)
        {
            return id;
        }

        string vmbo = r.Config.FindOrganization(c.Vmbo)?.Name ?? c.Vmbo;
        string mbo = r.Config.FindOrganization(c.Mbo)?.Name ?? c.Mbo;
        return $"{id} ({vmbo} – {mbo})";
    }
}
