using System.Globalization;
using System.Text;

namespace Workflows.Host.Tests.Fuzz;

/// <summary>Who sends a request: the API key header, the signed-in dashboard session, a second session that may sign out, or nobody.</summary>
internal enum FuzzSender
{
    ApiKey,
    Session,
    SignOutSession,
    Anonymous,
}

/// <summary>
/// One generated request. <see cref="Body"/> is the raw body (a JSON or YAML text, garbage) or null; <see cref="Form"/>
/// is a dashboard form (the session's CSRF token is added when sent unless <see cref="OmitCsrf"/>);
/// <see cref="HugeMegabytes"/> &gt; 0 sends that many MB of 'x' chunked (no Content-Length) instead of a body.
/// </summary>
internal sealed record FuzzRequest(
    string Method,
    string Route,
    string Path,
    FuzzSender Sender,
    string? ContentType,
    string? Body,
    IReadOnlyList<KeyValuePair<string, string>>? Form,
    bool Multipart,
    bool OmitCsrf,
    int HugeMegabytes,
    string? SeriesId,
    string? Date)
{
    /// <summary>Method, path, content type and an excerpt of the body with control characters made visible.</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{Method} /{Excerpt(Path, 300)} (route {Route}, as {Sender}");
        if (ContentType is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $", {ContentType}{(Multipart ? " multipart" : string.Empty)}");
        }

        text.Append(')');
        if (HugeMegabytes > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $" body: {HugeMegabytes} MB chunked");
        }
        else if (Form is not null)
        {
            text.Append(" form: ").Append(string.Join("&", Form.Select(f => $"{Excerpt(f.Key, 40)}={Excerpt(f.Value, 120)}")));
            if (OmitCsrf)
            {
                text.Append(" (no CSRF token)");
            }
        }
        else if (Body is not null)
        {
            text.Append(" body: ").Append(Excerpt(Body, 300));
        }

        return text.ToString();
    }

    /// <summary>The start of a text, control characters as \uXXXX, with its full length when cut.</summary>
    public static string Excerpt(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        var shown = new StringBuilder();
        foreach (char c in text)
        {
            if (shown.Length >= max)
            {
                return shown.Append(CultureInfo.InvariantCulture, $"…({text.Length} chars)").ToString();
            }

            shown.Append(char.IsControl(c) || char.IsSurrogate(c) ? $"\\u{(int)c:X4}" : c.ToString());
        }

        return shown.ToString();
    }
}
