using Azure.Storage.Blobs;

namespace Workflows.Host.Api.Documents;

/// <summary>
/// The malware-scan hook: asked about a stored document before it is listed with its status and before every
/// download; a download is served only for <see cref="DocumentScanStatus.NotScanned"/> or
/// <see cref="DocumentScanStatus.Clean"/>. The default (<see cref="NotScannedDocumentScanner"/>) scans nothing;
/// <see cref="DefenderDocumentScanner"/> reads Microsoft Defender for Storage's result (docs/documents.md). Another
/// scanner (a call to an ICAP server, say) may be registered as a singleton before <c>AddWorkflowsApi</c>.
/// </summary>
public interface IDocumentScanner
{
    /// <param name="blob">The stored document; read-only use (its tags, properties or content).</param>
    Task<DocumentScanStatus> StatusAsync(BlobClient blob, CancellationToken cancellationToken);
}
