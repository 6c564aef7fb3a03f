using Workflows.Orchestrations.Meetings;
using Microsoft.Extensions.Logging;
using Microsoft.DurableTask.Client;
using Workflows.Host.Api.Config;
using Workflows.Partnerships.Configuration;

namespace Workflows.Host.Api.Config;

/// <summary>
/// After a configuration replaced the previous one (the API's <c>PUT /api/config</c>, <c>serve</c>'s start-up
/// file), brings the running meeting cycles in line with it: new series start, changed ones get the change,
/// removed ones end. Reconciling is idempotent, so a repeat is harmless.
/// </summary>
internal sealed partial class MeetingCycleConfigListener(DurableTaskClient client, TimeProvider clock, ILogger<MeetingCycleConfigListener> logger) : IConfigChangeListener
{
    public async Task OnConfigChangedAsync(PartnershipConfig? previous, PartnershipConfig current, CancellationToken cancellationToken)
    {
        var result = await MeetingCycleReconciler.ReconcileAsync(client, previous, current, clock, cancellationToken).ConfigureAwait(false);
        Reconciled(logger, result.Started.Count, result.Changed.Count, result.Removed.Count, result.Restarted.Count);
    }

    [LoggerMessage(EventId = 5120, Level = LogLevel.Information, Message = "Meeting cycles reconciled with the configuration: {Started} started (of which {Restarted} failed ones restarted), {Changed} changed, {Removed} removed")]
    private static partial void Reconciled(ILogger logger, int started, int changed, int removed, int restarted);
}
