using Workflows.Partnerships.Configuration;

namespace Workflows.Host.Api.Config;

/// <summary>
/// Told after a configuration replaced the previous one, e.g. to start, cancel or reschedule the workflows of
/// series that were added, removed or changed. Register any number in DI (<c>AddSingleton&lt;IConfigChangeListener, …&gt;()</c>);
/// they run one after another. A listener that throws is logged and does not undo the replace, so make listeners
/// idempotent: the same change may be reconciled again later (e.g. at start-up).
/// </summary>
public interface IConfigChangeListener
{
    /// <param name="previous">The configuration before, or null when there was none.</param>
    Task OnConfigChangedAsync(PartnershipConfig? previous, PartnershipConfig current, CancellationToken cancellationToken);
}
