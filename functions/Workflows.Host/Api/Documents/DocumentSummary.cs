namespace Workflows.Host.Api.Documents;

/// <summary>
/// A document as the API shows it. <paramref name="Scan"/>: <c>notScanned</c>, <c>pending</c>, <c>clean</c>,
/// <c>malicious</c> or <c>unverified</c>. <paramref name="DownloadUrl"/>: a signed link for the caller, valid until
/// <paramref name="DownloadExpiresAt"/>; null while the scan does not allow a download.
/// </summary>
internal sealed record DocumentSummary(
    string Id, string FileName, string ContentType, long Size, string Series, string Date, string UploadedBy, DateTimeOffset UploadedAt,
    string Scan, Uri? DownloadUrl, DateTimeOffset? DownloadExpiresAt)
{
    public static string ScanName(DocumentScanStatus status) => status switch
    {
        DocumentScanStatus.NotScanned => "notScanned",
        DocumentScanStatus.Pending => "pending",
        DocumentScanStatus.Clean => "clean",
        DocumentScanStatus.Malicious => "malicious",
        _ => "unverified",
    };

    public static bool Downloadable(DocumentScanStatus status) => status is DocumentScanStatus.NotScanned or DocumentScanStatus.Clean;
}
