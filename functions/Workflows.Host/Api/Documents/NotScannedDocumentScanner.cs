using Azure.Storage.Blobs;

namespace Workflows.Host.Api.Documents;

/// <summary>No scanning: every document is served and marked "niet gescand".</summary>
internal sealed class NotScannedDocumentScanner : IDocumentScanner
{
    public Task<DocumentScanStatus> StatusAsync(BlobClient blob, CancellationToken cancellationToken)
        => Task.FromResult(DocumentScanStatus.NotScanned);
}
