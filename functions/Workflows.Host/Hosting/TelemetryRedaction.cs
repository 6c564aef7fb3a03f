using System.Diagnostics;
using OpenTelemetry;

namespace Workflows.Host.Hosting;

/// <summary>
/// Takes secrets and personal data out of the URLs traces carry before any exporter sees them: the token of an
/// action link (<c>/api/links/{token}</c>: whoever reads it can use the link) and mailbox addresses in paths (Graph's
/// <c>/users/{mailbox}/…</c>).
/// </summary>
/// <remarks>
/// ASP.NET Core's request spans carry <c>url.path</c>, HttpClient's spans <c>url.full</c>; Application Insights turns
/// them into the request and dependency URLs it keeps for months. Registered before the exporter, so the exporter
/// reads the redacted values.
/// </remarks>
internal sealed class TelemetryRedaction : BaseProcessor<Activity>
{
    public const string Token = "{token}";
    public const string Mailbox = "{mailbox}";

    private static readonly string[] UrlTags = ["url.full", "url.path", "http.url", "http.target"];

    public override void OnEnd(Activity data)
    {
        ArgumentNullException.ThrowIfNull(data);
        foreach (string tag in UrlTags)
        {
            if (data.GetTagItem(tag) is string value)
            {
                string redacted = Redact(value);
                if (!ReferenceEquals(redacted, value))
                {
                    data.SetTag(tag, redacted);
                }
            }
        }
    }

    /// <summary><paramref name="url"/> (absolute, or a path) with link tokens and mailbox addresses replaced; the same instance when there are none.</summary>
    internal static string Redact(string url)
    {
        int cut = url.IndexOfAny(['?', '#']);
        string head = cut >= 0 ? url[..cut] : url;
        int pathStart = 0;
        int scheme = head.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            pathStart = head.IndexOf('/', scheme + 3);
            if (pathStart < 0)
            {
                return url;
            }
        }

        string[] segments = head[pathStart..].Split('/');
        bool changed = false;
        for (int i = 0; i < segments.Length; i++)
        {
            string replacement = segments[i];
            if (i >= 2 && segments[i].Length > 0
                && segments[i - 1].Equals("links", StringComparison.OrdinalIgnoreCase)
                && segments[i - 2].Equals("api", StringComparison.OrdinalIgnoreCase))
            {
                replacement = Token;
            }
            else if (segments[i].Contains('@', StringComparison.Ordinal) || segments[i].Contains("%40", StringComparison.OrdinalIgnoreCase))
            {
                replacement = Mailbox;
            }

            if (!ReferenceEquals(replacement, segments[i]))
            {
                segments[i] = replacement;
                changed = true;
            }
        }

        return changed ? string.Concat(head.AsSpan(0, pathStart), string.Join('/', segments), cut >= 0 ? url.AsSpan(cut) : ReadOnlySpan<char>.Empty) : url;
    }
}
