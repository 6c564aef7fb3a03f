using System.Globalization;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Logging;
using NodaTime;
using NodaTime.Text;
using Workflows.Partnerships.Configuration;

namespace Workflows.Host.Api.Config;

/// <summary>
/// Keeps the configuration as one blob, <c>{hub}-config/partnership.yaml</c>: a blob upload is atomic, so readers
/// see the old or the new file, never a mix. The upload is conditional on the ETag read before, so of two
/// concurrent replaces one wins and the other is told (no lost update). Every accepted file is also kept under
/// <c>versions/</c>, so the previous version can be restored by hand.
/// </summary>
internal sealed class BlobPartnershipConfigStore(
    BlobContainerClient container,
    TimeProvider time,
    IEnumerable<IConfigChangeListener> listeners,
    ILogger<BlobPartnershipConfigStore> logger) : IPartnershipConfigStore, IDisposable
{
    internal const string CurrentBlob = "partnership.yaml";
    private const string ValidatedOnKey = "validatedon";
    private const string FileNameKey = "filename";

    private readonly SemaphoreSlim _replacing = new(1, 1);
    private readonly IConfigChangeListener[] _listeners = [.. listeners];
    private volatile StoredPartnershipConfig? _cached;
    private volatile bool _containerReady;

    public async Task<StoredPartnershipConfig?> GetCurrentAsync(CancellationToken cancellationToken = default)
    {
        var current = await DownloadAsync(cancellationToken).ConfigureAwait(false);
        return current is null ? null : ToStored(current);
    }

    public async Task<ConfigReplaceResult> ReplaceAsync(string yaml, string fileName = "config.yaml", CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentException.ThrowIfNullOrEmpty(fileName);
        var today = AmsterdamToday.From(time);
        var loaded = PartnershipConfigLoader.Parse(yaml, fileName, today);
        if (!loaded.IsValid)
        {
            ApiLog.ConfigRejected(logger, loaded.Errors.Count);
            return new ConfigReplaceResult(ConfigReplaceStatus.Invalid, null, loaded.Errors);
        }

        // One replace at a time in this process keeps the listeners' old/new pairs in order; the ETag condition
        // below guards against other processes.
        await _replacing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var before = await DownloadAsync(cancellationToken).ConfigureAwait(false);
            PartnershipConfig? previous = before is null ? null : TryParse(before)?.Config;
            var blob = container.GetBlobClient(CurrentBlob);
            var options = new BlobUploadOptions
            {
                Conditions = before is null ? new BlobRequestConditions { IfNoneMatch = ETag.All } : new BlobRequestConditions { IfMatch = before.Details.ETag },
                HttpHeaders = new BlobHttpHeaders { ContentType = "application/yaml; charset=utf-8" },
                Metadata = new Dictionary<string, string>
                {
                    [ValidatedOnKey] = LocalDatePattern.Iso.Format(today),
                    [FileNameKey] = Uri.EscapeDataString(fileName),
                },
            };

            BlobContentInfo info;
            try
            {
                info = (await blob.UploadAsync(BinaryData.FromString(yaml), options, cancellationToken).ConfigureAwait(false)).Value;
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412)
            {
                ApiLog.ConfigConflict(logger);
                return new ConfigReplaceResult(ConfigReplaceStatus.Conflict, null, []);
            }

            var stored = new StoredPartnershipConfig(loaded.Config, yaml, info.ETag.ToString(), info.LastModified, today);
            _cached = stored;
            ApiLog.ConfigStored(logger, loaded.Config.Partnership.Id, stored.Version);
            await KeepVersionAsync(yaml, stored, cancellationToken).ConfigureAwait(false);
            int failures = await NotifyAsync(previous, loaded.Config, cancellationToken).ConfigureAwait(false);
            return new ConfigReplaceResult(ConfigReplaceStatus.Replaced, stored, [], failures);
        }
        finally
        {
            _replacing.Release();
        }
    }

    public async Task<bool> ReconcileAsync(CancellationToken cancellationToken = default)
    {
        await _replacing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var stored = await DownloadAsync(cancellationToken).ConfigureAwait(false);
            if (stored is null || TryParse(stored) is not { } current)
            {
                return false;
            }

            await NotifyAsync(current.Config, current.Config, cancellationToken).ConfigureAwait(false);
            return true;
        }
        finally
        {
            _replacing.Release();
        }
    }

    public void Dispose() => _replacing.Dispose();

    private async Task<BlobDownloadResult?> DownloadAsync(CancellationToken cancellationToken)
    {
        await EnsureContainerAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return (await container.GetBlobClient(CurrentBlob).DownloadContentAsync(cancellationToken).ConfigureAwait(false)).Value;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    private StoredPartnershipConfig ToStored(BlobDownloadResult download)
    {
        string version = download.Details.ETag.ToString();
        if (_cached is { } cached && cached.Version == version)
        {
            return cached;
        }

        var parsed = TryParse(download)
            ?? throw new InvalidOperationException("The stored partnership configuration no longer validates; upload a corrected one with PUT /api/config.");
        _cached = parsed;
        return parsed;
    }

    /// <summary>
    /// Parses a stored file as of the day it was accepted: a deadline that has passed since does not make the
    /// running configuration invalid.
    /// </summary>
    private static StoredPartnershipConfig? TryParse(BlobDownloadResult download)
    {
        string yaml = download.Content.ToString();
        var metadata = download.Details.Metadata;
        var validatedOn = metadata.TryGetValue(ValidatedOnKey, out var day) && LocalDatePattern.Iso.Parse(day) is { Success: true } parsed
            ? parsed.Value
            : new LocalDate(2000, 1, 1);
        string fileName = metadata.TryGetValue(FileNameKey, out var name) ? Uri.UnescapeDataString(name) : CurrentBlob;
        var loaded = PartnershipConfigLoader.Parse(yaml, fileName, validatedOn);
        return loaded.IsValid
            ? new StoredPartnershipConfig(loaded.Config, yaml, download.Details.ETag.ToString(), download.Details.LastModified, validatedOn)
            : null;
    }

    private async Task KeepVersionAsync(string yaml, StoredPartnershipConfig stored, CancellationToken cancellationToken)
    {
        string name = string.Create(CultureInfo.InvariantCulture, $"versions/{stored.StoredAt.UtcDateTime:yyyyMMdd'T'HHmmssfff'Z'}-{Guid.NewGuid():N}.yaml");
        try
        {
            await container.GetBlobClient(name).UploadAsync(BinaryData.FromString(yaml), cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e)
        {
            // The current file is stored; a missing history copy is worth a warning, not a failed request.
            ApiLog.VersionCopyFailed(logger, stored.Version, e);
        }
    }

    private async Task<int> NotifyAsync(PartnershipConfig? previous, PartnershipConfig current, CancellationToken cancellationToken)
    {
        int failures = 0;
        foreach (var listener in _listeners)
        {
            try
            {
                await listener.OnConfigChangedAsync(previous, current, cancellationToken).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // A listener's failure must not turn a stored configuration into a failed request.
            catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
            {
                failures++;
                ApiLog.ListenerFailed(logger, listener.GetType().Name, e);
            }
        }

        return failures;
    }

    private async Task EnsureContainerAsync(CancellationToken cancellationToken)
    {
        if (!_containerReady)
        {
            await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            _containerReady = true;
        }
    }
}
