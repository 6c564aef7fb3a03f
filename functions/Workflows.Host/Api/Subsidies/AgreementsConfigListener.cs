using Microsoft.DurableTask.Client;
using Workflows.Host.Api.Config;
using Workflows.Orchestrations.Reviews;
using Workflows.Orchestrations.Subsidies;
using Workflows.Partnerships.Configuration;

namespace Workflows.Host.Api.Subsidies;

/// <summary>
/// Keeps subsidy rounds and bestuur-talk orchestrations in line with the stored configuration (register with
/// <c>services.AddSingleton&lt;IConfigChangeListener, AgreementsConfigListener&gt;()</c>).
/// </summary>
public sealed class AgreementsConfigListener(DurableTaskClient client, TimeProvider time) : IConfigChangeListener
{
    public async Task OnConfigChangedAsync(PartnershipConfig? previous, PartnershipConfig current, CancellationToken cancellationToken)
    {
        await SubsidyRoundReconciler.ReconcileAsync(client, previous, current, time, cancellationToken).ConfigureAwait(false);
        await ConvenantReviewReconciler.ReconcileAsync(client, previous, current, cancellationToken).ConfigureAwait(false);
    }
}
