using System.Text.Json;
using System.Text.Json.Serialization;
using Workflows.Orchestrations.Links;

namespace Workflows.Host.Api.Calendar;

/// <summary>
/// Signs and checks the tokens in calendar subscription URLs (<c>/api/calendar/{token}.ics</c>). Calendar clients
/// (Outlook, Google "subscribe by URL") fetch anonymously and send no headers, so the URL is the credential. A token
/// is <c>base64url(payload) "." base64url(HMAC-SHA256(key, "calendar.v1." + payload))</c> with the action links' key:
/// the prefix keeps the two kinds apart (an action link's signature never holds as a feed token, nor the reverse).
/// The payload holds ids only (scope, id, version). No expiry: a subscription is meant to last; revocation is by
/// version (<see cref="CalendarTokenStore"/>).
/// </summary>
internal sealed class CalendarFeedTokens(byte[] key)
{
    /// <summary>Where the feeds are served; prefix it with the app's public base URL.</summary>
    public const string PathPrefix = "/api/calendar/";

    public const string Extension = ".ics";

    /// <summary>Longer tokens are refused unread; real ones are under 200 characters.</summary>
    private const int MaxTokenLength = 512;

    private static readonly byte[] Domain = "calendar.v1."u8.ToArray();

    private readonly SignedToken _tokens = new(key, Domain);

    /// <summary>The same token for the same scope and version: the URL a coordinator copies stays the same until revoked.</summary>
    public string Create(CalendarFeedToken token)
    {
        ArgumentNullException.ThrowIfNull(token);
        byte[] body = JsonSerializer.SerializeToUtf8Bytes(new Payload(token.Scope == CalendarFeedScope.Series ? "s" : "p", token.Id, token.Version));
        return _tokens.Create(body);
    }

    /// <summary>The feed's path: <c>/api/calendar/{token}.ics</c>.</summary>
    public string Path(CalendarFeedToken token) => PathPrefix + Create(token) + Extension;

    /// <summary>The feed's full URL on <paramref name="publicBaseUrl"/>.</summary>
    public Uri Url(Uri publicBaseUrl, CalendarFeedToken token)
    {
        ArgumentNullException.ThrowIfNull(publicBaseUrl);
        return new Uri(new Uri(publicBaseUrl.AbsoluteUri.TrimEnd('/') + "/"), Path(token).TrimStart('/'));
    }

    /// <summary>The token's content when its signature holds; null for anything else (nothing of it is trusted then).</summary>
    public CalendarFeedToken? Verify(string? token)
    {
        if (_tokens.Open(token, MaxTokenLength) is not { } body)
        {
            return null;
        }

        Payload? payload;
        try
        {
            payload = JsonSerializer.Deserialize<Payload>(body);
        }
        catch (JsonException)
        {
            return null;
        }

        var scope = payload?.K switch
        {
            "s" => CalendarFeedScope.Series,
            "p" => CalendarFeedScope.Person,
            _ => (CalendarFeedScope?)null,
        };
        return scope is { } s && !string.IsNullOrEmpty(payload!.I) && payload.V > 0 ? new CalendarFeedToken(s, payload.I, payload.V) : null;
    }



    /// <summary>Short names keep the URL short.</summary>
    private sealed record Payload(
        [property: JsonPropertyName("k")] string K,
        [property: JsonPropertyName("i")] string I,
        [property: JsonPropertyName("v")] int V);
}
