using Workflows.Orchestrations.Timeline;
using NodaTime;
using NodaTime.Text;
using Microsoft.DurableTask.Client;
using Workflows.Orchestrations.Reviews;
using Workflows.Orchestrations.Subsidies;
using Workflows.Partnerships.Configuration;

namespace Workflows.Host.Dashboard.Convenants;

/// <summary>
/// Gathers each convenant's state from where the bestuur-talk workflow keeps it: the instance's <see cref="ReviewStatus"/>
/// and input, the outcome table, and the timeline's <c>convenant.expiring</c> events. Alerts still to come are
/// computed with <see cref="ReviewSchedule.Alerts"/>, the schedule the workflow itself follows.
/// </summary>
internal static class ConvenantsReader
{
    public static async Task<IReadOnlyList<ConvenantView>> ReadAsync(DashboardRequest r, PartnershipConfig config)
    {
        var stores = r.Service<DashboardStores>().Reviews;

        // Expiry alerts go out at most 90 days before an end date; a talk's cycle is a year. What was sent before
        // that no longer says anything about the agreement in force.
        var timeline = stores.Timeline.ReadAsync(config.Partnership.Id, r.Now.AddDays(-2 * 366), null, r.Aborted);
        var client = r.Service<DurableTaskClient>();
        var reads = config.Convenants.Select(async convenant =>
        {
            var instance = client.GetInstanceAsync(ConvenantSnapshots.InstanceId(config.Partnership.Id, convenant.Id), getInputsAndOutputs: true, r.Aborted);
            var outcomes = stores.Outcomes.ReadAsync(config.Partnership.Id, convenant.Id, r.Aborted);
            return (Convenant: convenant, Instance: await instance.ConfigureAwait(false), Outcomes: await outcomes.ConfigureAwait(false));
        }).ToList();
        var sent = await timeline.ConfigureAwait(false);
        var read = await Task.WhenAll(reads).ConfigureAwait(false);

        // In the configuration's order, whatever order the reads finished in.
        return [.. read.Select(x => View(r, config, x.Convenant, x.Instance, x.Outcomes, sent))];
    }

    private static ConvenantView View(DashboardRequest r, PartnershipConfig config, Convenant convenant, OrchestrationMetadata? instance, IReadOnlyList<StoredReviewOutcome> outcomes, IReadOnlyList<Orchestrations.Timeline.TimelineEvent> timeline)
    {
        var status = instance?.ReadCustomStatusAs<ReviewStatus>();

        // The workflow's own snapshot when it runs (it carries a renewed end date); the configuration's otherwise.
        var snapshot = instance?.ReadInputAs<ReviewInput>()?.Convenant ?? ConvenantSnapshots.Create(config, convenant);
        if (status?.ValidUntil is { } inForce)
        {
            snapshot = snapshot with { ValidUntil = inForce };
        }

        var sent = timeline
            .Where(e => e.Kind == ReviewEvents.Expiring && e.Convenant == convenant.Id)
            .Select(e => new SentExpiryAlert(e.At, e.Reason))
            .ToList();
        string phase = instance is null ? "not-started"
            : instance.IsCompleted && status?.Phase != "removed" ? "stopped"
            : status?.Phase ?? "starting";
        LocalDate? talkDate = status?.TalkDate is { } talk && LocalDatePattern.Iso.Parse(talk) is { Success: true } date ? date.Value : null;

        // Alerts are sent by the running workflow alone: a missing, completed, terminated (or suspended) instance sends
        // none, so none is listed as planned.
        bool running = instance?.RuntimeStatus is OrchestrationRuntimeStatus.Running or OrchestrationRuntimeStatus.Pending;
        return new ConvenantView(
            convenant.Id,
            config.FindOrganization(convenant.Vmbo)?.Name ?? convenant.Vmbo,
            config.FindOrganization(convenant.Mbo)?.Name ?? convenant.Mbo,
            SnapshotCalendar.Date(snapshot.ValidUntil),
            talkDate,
            talkDate is { } day ? ReviewSchedule.Start(snapshot, day) : null,
            talkDate is { } end ? ReviewSchedule.End(snapshot, end) : null,
            phase,
            outcomes.Count > 0 ? outcomes[^1] : null,
            sent,
            running ? [.. ReviewSchedule.Alerts(snapshot).Where(a => a.At > r.Now)] : []);
    }
}
