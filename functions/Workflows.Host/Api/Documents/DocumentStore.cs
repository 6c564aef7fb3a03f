using System.Globalization;
using System.Security.Cryptography;
using Azure;
using Azure.Storage;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace Workflows.Host.Api.Documents;

/// <summary>
/// Meeting documents in the private container <c>{hub}-documents</c>, one blob per document at
/// <c>{series}/{yyyy-MM-dd}/{sha256 of the bytes}</c>: the same bytes uploaded twice for one occurrence are one blob
/// (the second upload finds the first and changes nothing). Content, content type and metadata are written by one
/// Put Blob, so a failed upload leaves nothing and a reader never sees a blob without its metadata. The container is
/// created without public access and nothing here makes a SAS: the only way out is <c>GET /api/documents/{token}</c>.
/// </summary>
internal sealed class DocumentStore(BlobContainerClient container, TimeProvider time)
{
    internal const string FileNameKey = "filename";
    internal const string ContentTypeKey = "contenttype";
    internal const string SizeKey = "size";
    internal const string SeriesKey = "series";
    internal const string DateKey = "occurrence";
    internal const string UploadedByKey = "uploadedby";
    internal const string UploadedAtKey = "uploadedat";

    private volatile bool _containerReady;

    public BlobContainerClient Container => container;

    /// <summary>Stores the document, or finds the same bytes already stored for the occurrence (Created false; nothing changes).</summary>
    public async Task<(StoredDocument Document, bool Created)> StoreAsync(
        string seriesId, string date, AcceptedDocument document, string uploadedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        await EnsureContainerAsync(cancellationToken).ConfigureAwait(false);
        string id = Convert.ToHexStringLower(SHA256.HashData(document.Content.Span));
        var blob = Blob(seriesId, date, id);
        var stored = new StoredDocument(id, seriesId, date, document.FileName, document.Type.ContentType, document.Content.Length, uploadedBy, time.GetUtcNow());
        var options = new BlobUploadOptions
        {
            // Only if absent: a concurrent or repeated upload of the same bytes keeps the first one's metadata.
            Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
            HttpHeaders = new BlobHttpHeaders
            {
                ContentType = document.Type.ContentType,
                ContentDisposition = "attachment",
            },
            Metadata = Metadata(stored),

            // One Put Blob for every allowed size: content and metadata appear together or not at all.
            TransferOptions = new StorageTransferOptions { InitialTransferSize = DocumentOptions.LimitMaxBytes + 1, MaximumTransferSize = DocumentOptions.LimitMaxBytes + 1 },
        };

        try
        {
            await blob.UploadAsync(new BinaryData(document.Content), options, cancellationToken).ConfigureAwait(false);
            return (stored, true);
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            var existing = await FindAsync(seriesId, date, id, cancellationToken).ConfigureAwait(false);
            return existing is null ? throw new InvalidOperationException("The document was reported to exist but could not be read.", e) : (existing, false);
        }
    }

    /// <summary>The occurrence's documents, oldest first.</summary>
    public async Task<IReadOnlyList<StoredDocument>> ListAsync(string seriesId, string date, CancellationToken cancellationToken)
    {
        await EnsureContainerAsync(cancellationToken).ConfigureAwait(false);
        var documents = new List<StoredDocument>();
        await foreach (var item in container.GetBlobsAsync(BlobTraits.Metadata, BlobStates.None, Prefix(seriesId, date), cancellationToken).ConfigureAwait(false))
        {
            if (FromMetadata(item.Name[(item.Name.LastIndexOf('/') + 1)..], item.Metadata) is { } document)
            {
                documents.Add(document);
            }
        }

        return [.. documents.OrderBy(d => d.UploadedAt).ThenBy(d => d.FileName, StringComparer.Ordinal)];
    }

    public async Task<StoredDocument?> FindAsync(string seriesId, string date, string id, CancellationToken cancellationToken)
    {
        if (!IsId(id))
        {
            return null;
        }

        await EnsureContainerAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var properties = (await Blob(seriesId, date, id).GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Value;
            return FromMetadata(id, properties.Metadata);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    /// <summary>The blob of a document (for the scanner and the download).</summary>
    public BlobClient Blob(string seriesId, string date, string id) => container.GetBlobClient(Prefix(seriesId, date) + id);

    /// <summary>A document id is 64 lower-case hex digits; anything else names no blob (and no path outside the occurrence).</summary>
    public static bool IsId(string? id) => id is { Length: 64 } && id.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f'));

    private static string Prefix(string seriesId, string date) => $"{Uri.EscapeDataString(seriesId)}/{date}/";

    private static Dictionary<string, string> Metadata(StoredDocument document) => new()
    {
        // Metadata values are ASCII: the name is escaped (and unescaped on reading).
        [FileNameKey] = Uri.EscapeDataString(document.FileName),
        [ContentTypeKey] = document.ContentType,
        [SizeKey] = document.Size.ToString(CultureInfo.InvariantCulture),
        [SeriesKey] = Uri.EscapeDataString(document.SeriesId),
        [DateKey] = document.Date,
        [UploadedByKey] = Uri.EscapeDataString(document.UploadedBy),
        [UploadedAtKey] = document.UploadedAt.ToString("O", CultureInfo.InvariantCulture),
    };

    /// <summary>Null for a blob that lacks what a document has (none this class writes; something put there by hand).</summary>
    private static StoredDocument? FromMetadata(string id, IDictionary<string, string> metadata)
    {
        string? Get(string key) => metadata.TryGetValue(key, out var value) ? value : null;
        if (!IsId(id)
            || Get(FileNameKey) is not { } name || Get(ContentTypeKey) is not { } type || Get(SeriesKey) is not { } series || Get(DateKey) is not { } date
            || !long.TryParse(Get(SizeKey), NumberStyles.None, CultureInfo.InvariantCulture, out long size)
            || !DateTimeOffset.TryParse(Get(UploadedAtKey), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at))
        {
            return null;
        }

        return new StoredDocument(id, Uri.UnescapeDataString(series), date, Uri.UnescapeDataString(name), type, size, Uri.UnescapeDataString(Get(UploadedByKey) ?? "api"), at);
    }

    private async Task EnsureContainerAsync(CancellationToken cancellationToken)
    {
        if (!_containerReady)
        {
            await container.CreateIfNotExistsAsync(PublicAccessType.None, cancellationToken: cancellationToken).ConfigureAwait(false);
            _containerReady = true;
        }
    }
}
