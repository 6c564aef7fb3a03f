namespace Workflows.Host.Api.Config;

/// <summary>
/// The partnership configuration the platform runs with: one current version, replaced as a whole. The API's
/// <c>PUT /api/config</c>, the <c>serve</c> command's start-up file and the workflows all go through this.
/// </summary>
public interface IPartnershipConfigStore
{
    /// <summary>The current configuration, or null when none was ever stored.</summary>
    Task<StoredPartnershipConfig?> GetCurrentAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Validates <paramref name="yaml"/> and, only when it has no error at all, makes it the current configuration in
    /// one storage write, then tells every <see cref="IConfigChangeListener"/>. Invalid text stores nothing.
    /// </summary>
    /// <param name="fileName">The name errors carry (<c>file:line:col: message</c>).</param>
    Task<ConfigReplaceResult> ReplaceAsync(string yaml, string fileName = "config.yaml", CancellationToken cancellationToken = default);

    /// <summary>
    /// Tells every <see cref="IConfigChangeListener"/> the stored configuration again, as if it had just replaced
    /// itself: the reconcilers start what is missing and restart what Failed, and change nothing else. What a
    /// process does at start-up when it keeps the stored configuration. False when none is stored or it no longer
    /// validates.
    /// </summary>
    Task<bool> ReconcileAsync(CancellationToken cancellationToken = default);
}
