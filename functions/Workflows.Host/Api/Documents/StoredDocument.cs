namespace Workflows.Host.Api.Documents;

/// <summary>
/// A meeting document as stored: <paramref name="Id"/> is the SHA-256 of its bytes (hex), unique within its
/// occurrence (<paramref name="SeriesId"/>, <paramref name="Date"/>, the series date yyyy-MM-dd).
/// </summary>
/// <param name="UploadedBy">The uploader's person id from the configuration, or <c>api</c> when the API key uploaded it.</param>
internal sealed record StoredDocument(
    string Id, string SeriesId, string Date, string FileName, string ContentType, long Size, string UploadedBy, DateTimeOffset UploadedAt);
