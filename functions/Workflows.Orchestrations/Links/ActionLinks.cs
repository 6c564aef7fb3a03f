using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Workflows.Orchestrations.Links;

/// <summary>
/// Creates and verifies the signed tokens of action links (<c>GET/POST /api/links/{token}</c>). A token is
/// <c>base64url(payload) "." base64url(HMAC-SHA256(key, "v1." + payload))</c>: URL-safe, checked in constant time,
/// and nothing of the payload is read before the signature holds. The payload is signed, not encrypted: it holds
/// ids only (instance, event, person id), never names or addresses.
/// </summary>
public sealed class ActionLinks
{
    /// <summary>Where the links are served; prefix it with the app's public base URL.</summary>
    public const string PathPrefix = "/api/links/";

    /// <summary>Longer tokens are refused unread; real ones are a few hundred characters.</summary>
    private const int MaxTokenLength = 2048;

    private static readonly long MinExpiry = DateTimeOffset.MinValue.ToUnixTimeSeconds();
    private static readonly long MaxExpiry = DateTimeOffset.MaxValue.ToUnixTimeSeconds();
    private static readonly byte[] Version = "v1."u8.ToArray();
    private readonly byte[] _key;
    private readonly SignedToken _tokens;
    private readonly TimeProvider _time;
    private readonly Uri _publicBaseUrl;
    private readonly bool _reproducible;

    /// <param name="key">The HMAC key (at least 32 bytes); links signed with another key are refused.</param>
    public ActionLinks(ReadOnlySpan<byte> key, TimeProvider time, Uri publicBaseUrl)
    {
        _key = key.ToArray();
        _tokens = new SignedToken(_key, Version);
        _time = time;
        _publicBaseUrl = publicBaseUrl;
    }

    private ActionLinks(ReadOnlySpan<byte> key, TimeProvider time, Uri publicBaseUrl, bool reproducible)
        : this(key, time, publicBaseUrl) => _reproducible = reproducible;

    /// <summary>
    /// Links for a simulation, whose output must be the same on every run: the nonce is derived from the link and the
    /// (virtual) time it is made at instead of drawn at random. Such tokens are guessable by anyone who knows the
    /// key and the link, so only a key no real host uses (the simulation's own) may sign them.
    /// </summary>
    public static ActionLinks Reproducible(ReadOnlySpan<byte> key, TimeProvider time, Uri publicBaseUrl) =>
        new(key, time, publicBaseUrl, reproducible: true);

    /// <summary>A new single-use token for <paramref name="link"/>; each call makes a distinct token.</summary>
    public string CreateToken(ActionLink link)
    {
        ArgumentNullException.ThrowIfNull(link);
        return CreateToken(link, NewNonce(link));
    }

    /// <summary>
    /// Full links for the alternatives of one choice ("gaat door" / "afgelasten"): they share one token id, so using
    /// one uses them all and the choice is made once.
    /// </summary>
    public IReadOnlyList<Uri> CreateAlternativeUrls(IReadOnlyList<ActionLink> links)
    {
        ArgumentNullException.ThrowIfNull(links);
        string nonce = links.Count > 0 ? NewNonce(links[0]) : NewNonce(null);
        return [.. links.Select(link => Url(PathPrefix + CreateToken(link, nonce)))];
    }

    /// <summary>The path of the link, <c>/api/links/{token}</c>.</summary>
    public string CreatePath(ActionLink link) => PathPrefix + CreateToken(link);

    /// <summary>The full link for a mail: <c>Workflows:PublicBaseUrl</c> + <c>/api/links/{token}</c>.</summary>
    public Uri CreateUrl(ActionLink link) => Url(CreatePath(link));

    public ActionLinkVerification Verify(string? token)
    {
        var invalid = new ActionLinkVerification(ActionLinkStatus.Invalid, null, null);
        if (_tokens.Open(token, MaxTokenLength) is not { } body)
        {
            return invalid;
        }

        Payload? payload;
        try
        {
            payload = JsonSerializer.Deserialize<Payload>(body);
        }
        catch (JsonException)
        {
            return invalid;
        }

        // A signed expiry outside what a date can hold (±2^62 seconds) is no link this code ever made: invalid, not a 500.
        if (payload is null || payload.Complete() is false
            || payload.X < MinExpiry || payload.X > MaxExpiry)
        {
            return invalid;
        }

        var expires = DateTimeOffset.FromUnixTimeSeconds(payload.X);
        var link = new ActionLink(payload.I, payload.E, payload.A, payload.R, expires, payload.T);
        if (_time.GetUtcNow() >= expires)
        {
            // Signed by us, so what it was for may be shown; it can no longer be used (no token id).
            return new ActionLinkVerification(ActionLinkStatus.Expired, link, null);
        }

        return new ActionLinkVerification(ActionLinkStatus.Valid, link, payload.N);
    }

    // A random nonce, not a replayed GUID: each token must be unguessable and distinct (single use). Links are
    // signed in activities, never in orchestrator code, so the ban on Guid.NewGuid does not apply here.
    private string NewNonce(ActionLink? link)
    {
        if (_reproducible && link is not null)
        {
            byte[] seed = JsonSerializer.SerializeToUtf8Bytes(new Payload(link.InstanceId, link.EventName, link.Action, link.RecipientId, _time.GetUtcNow().UtcTicks, "nonce", link.Target));
            return Convert.ToHexStringLower(HMACSHA256.HashData(_key, seed))[..32];
        }

#pragma warning disable RS0030
        return Guid.NewGuid().ToString("N");
#pragma warning restore RS0030
    }

    private string CreateToken(ActionLink link, string nonce)
    {
        var payload = new Payload(link.InstanceId, link.EventName, link.Action, link.RecipientId, link.ExpiresAt.ToUnixTimeSeconds(), nonce, link.Target);
        byte[] body = JsonSerializer.SerializeToUtf8Bytes(payload);
        return _tokens.Create(body);
    }

    private Uri Url(string path) => new(new Uri(_publicBaseUrl.AbsoluteUri.TrimEnd('/') + "/"), path.TrimStart('/'));



    /// <summary>Short names keep links short: a mail client may wrap a long URL.</summary>
    internal sealed record Payload(
        [property: JsonPropertyName("i")] string I,
        [property: JsonPropertyName("e")] string E,
        [property: JsonPropertyName("a")] string A,
        [property: JsonPropertyName("r")] string R,
        [property: JsonPropertyName("x")] long X,
        [property: JsonPropertyName("n")] string N,
        [property: JsonPropertyName("t"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? T = null)
    {
        public bool Complete() => !string.IsNullOrEmpty(I) && !string.IsNullOrEmpty(E) && !string.IsNullOrEmpty(A) && !string.IsNullOrEmpty(R) && !string.IsNullOrEmpty(N);
    }
}
