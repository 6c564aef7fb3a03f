using Azure;
using Azure.Storage.Blobs;

namespace Workflows.Host.Api.Documents;

/// <summary>
/// Microsoft Defender for Storage's on-upload malware scanning writes its verdict as the blob index tag
/// <c>Malware Scanning scan result</c> (<c>No threats found</c> or <c>Malicious</c>) shortly after each upload. Until
/// the tag is there a document is pending; any other value (a scan error, "Not scanned") is unverified; both are
/// refused, so a scan that never happened cannot let a document through.
/// </summary>
internal sealed class DefenderDocumentScanner : IDocumentScanner
{
    public const string ResultTag = "Malware Scanning scan result";
    public const string NoThreatsFound = "No threats found";
    public const string Malicious = "Malicious";

    public async Task<DocumentScanStatus> StatusAsync(BlobClient blob, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(blob);
        IDictionary<string, string> tags;
        try
        {
            tags = (await blob.GetTagsAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Value.Tags;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return DocumentScanStatus.Pending;
        }

        return !tags.TryGetValue(ResultTag, out var result) ? DocumentScanStatus.Pending
            : string.Equals(result, NoThreatsFound, StringComparison.OrdinalIgnoreCase) ? DocumentScanStatus.Clean
            : string.Equals(result, Malicious, StringComparison.OrdinalIgnoreCase) ? DocumentScanStatus.Malicious
            : DocumentScanStatus.Unverified;
    }
}
