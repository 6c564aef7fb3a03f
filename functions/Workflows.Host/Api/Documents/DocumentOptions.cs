namespace Workflows.Host.Api.Documents;

/// <summary>
/// <c>Workflows:Documents</c>: meeting documents (agenda attachments, verslagen). See docs/documents.md.
/// </summary>
public sealed class DocumentOptions
{
    /// <summary>The default size limit: a scanned verslag or a slide deck fits, a video does not.</summary>
    public const long DefaultMaxBytes = 10 * 1024 * 1024;

    /// <summary>The largest limit accepted: the request body limit of the upload route follows it.</summary>
    public const long LimitMaxBytes = 100 * 1024 * 1024;

    /// <summary><c>Workflows:Documents:MaxBytes</c>: the largest document accepted, in bytes (default 10 MB, at most 100 MB).</summary>
    public long MaxBytes { get; set; } = DefaultMaxBytes;

    /// <summary>
    /// <c>Workflows:Documents:LinkValidity</c>: how long a download link in a mail works (default 30 days). A link may
    /// be used any number of times until then.
    /// </summary>
    public TimeSpan LinkValidity { get; set; } = TimeSpan.FromDays(30);

    /// <summary>
    /// <c>Workflows:Documents:MalwareScanning</c>: <c>None</c> (default: documents are served marked "not scanned") or
    /// <c>DefenderForStorage</c> (served only once Microsoft Defender for Storage has tagged the blob "No threats found").
    /// </summary>
    public DocumentScanning MalwareScanning { get; set; } = DocumentScanning.None;

    /// <summary>Null when the settings hold; otherwise what is wrong (English: a configuration diagnostic).</summary>
    internal string? Problem()
        => MaxBytes is < 1 or > LimitMaxBytes ? $"Workflows:Documents:MaxBytes must be between 1 and {LimitMaxBytes} bytes."
            : LinkValidity <= TimeSpan.Zero || LinkValidity > TimeSpan.FromDays(366) ? "Workflows:Documents:LinkValidity must be more than zero and at most 366 days."
            : !Enum.IsDefined(MalwareScanning) ? "Workflows:Documents:MalwareScanning must be None or DefenderForStorage."
            : null;
}

/// <summary>Which <see cref="IDocumentScanner"/> the host uses.</summary>
public enum DocumentScanning
{
    None,
    DefenderForStorage,
}
