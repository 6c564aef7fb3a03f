using System.Security.Cryptography;
using Workflows.Orchestrations.Links;

namespace Workflows.Host.Api.Documents;

/// <summary>
/// Signed, expiring download links, <c>/api/documents/{token}</c>, made by the action links' machinery
/// (<see cref="ActionLinks"/>: HMAC-SHA256, constant-time check, nothing read before the signature holds) with a key
/// derived from the link signing key for this use only: a document token is no action link and an action link no
/// document token, whatever they hold. The token binds series, occurrence date, document id and recipient, so a link
/// opens that one document of that one occurrence. Downloads change nothing, so a link may be used again until it
/// expires (mail scanners fetch links first; people open an attachment more than once).
/// </summary>
internal sealed class DocumentLinks
{
    public const string PathPrefix = "/api/documents/";

    /// <summary>The event name slot of the underlying action link: marks the payload as a document download.</summary>
    private const string Kind = "document";

    private readonly ActionLinks _links;
    private readonly TimeProvider _time;

    public DocumentLinks(ReadOnlySpan<byte> signingKey, TimeProvider time, Uri publicBaseUrl)
    {
        _links = new ActionLinks(DeriveKey(signingKey), time, publicBaseUrl);
        _time = time;
        PublicBaseUrl = publicBaseUrl;
    }

    public Uri PublicBaseUrl { get; }

    /// <summary>The full link: <c>Workflows:PublicBaseUrl</c> + <c>/api/documents/{token}</c>, valid for <paramref name="validity"/> from now.</summary>
    public Uri CreateUrl(StoredDocument document, string recipientId, TimeSpan validity) => Create(document, recipientId, validity).Url;

    /// <summary>The link and when it expires (whole seconds, as the token holds it).</summary>
    public (Uri Url, DateTimeOffset ExpiresAt) Create(StoredDocument document, string recipientId, TimeSpan validity)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentException.ThrowIfNullOrEmpty(recipientId);
        var expires = DateTimeOffset.FromUnixTimeSeconds((_time.GetUtcNow() + validity).ToUnixTimeSeconds());
        return (CreateUrl(new DocumentLink(document.SeriesId, document.Date, document.Id, recipientId, expires)), expires);
    }

    public Uri CreateUrl(DocumentLink link)
    {
        ArgumentNullException.ThrowIfNull(link);
        string token = _links.CreateToken(new ActionLink(link.SeriesId, Kind, link.DocumentId, link.RecipientId, link.ExpiresAt, link.Date));
        return new Uri(new Uri(PublicBaseUrl.AbsoluteUri.TrimEnd('/') + "/"), PathPrefix.TrimStart('/') + token);
    }

    /// <summary>The link when the token is ours, unexpired and complete; otherwise the status (and for an expired one, nothing more).</summary>
    public (ActionLinkStatus Status, DocumentLink? Link) Verify(string? token)
    {
        var verified = _links.Verify(token);
        if (verified.Status == ActionLinkStatus.Invalid || verified.Link is not { } link
            || link.EventName != Kind || link.Target is null || !DocumentStore.IsId(link.Action))
        {
            return (ActionLinkStatus.Invalid, null);
        }

        var document = new DocumentLink(link.InstanceId, link.Target, link.Action, link.RecipientId, link.ExpiresAt);
        return (verified.Status, verified.Status == ActionLinkStatus.Valid ? document : null);
    }

    /// <summary>HMAC(key, label): one secret to configure, separate keys per kind of link.</summary>
    private static byte[] DeriveKey(ReadOnlySpan<byte> signingKey) => HMACSHA256.HashData(signingKey, "workflows/document-links/v1"u8);
}
