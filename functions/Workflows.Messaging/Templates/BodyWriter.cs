using System.Text;

namespace Workflows.Messaging.Templates;

/// <summary>
/// Writes the HTML and the plain-text body side by side, so both always say the same. Every string passed in is
/// treated as text: it is HTML-escaped here, so names, titles and comments from configuration or people can never
/// inject markup.
/// </summary>
internal sealed class BodyWriter
{
    private const string ButtonStyle =
        "display:inline-block;margin:4px 8px 4px 0;padding:10px 18px;background:#00558c;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:bold";

    private readonly StringBuilder _html = new();
    private readonly StringBuilder _text = new();
    private readonly MessageLanguage _language;

    public BodyWriter(MessageLanguage language)
    {
        _language = language;
        _html.Append("<!DOCTYPE html>\n<html lang=\"").Append(language.Code())
            .Append("\">\n<body style=\"font-family:Segoe UI,Arial,sans-serif;font-size:15px;line-height:1.5;color:#1b1b1b\">\n");
    }

    public BodyWriter Paragraph(string text)
    {
        _html.Append("<p>").Append(Encode(text).Replace("\n", "<br>\n", StringComparison.Ordinal)).Append("</p>\n");
        _text.Append(text).Append("\n\n");
        return this;
    }

    public BodyWriter Heading(string text)
    {
        _html.Append("<h3>").Append(Encode(text)).Append("</h3>\n");
        _text.Append(text).Append('\n').Append(new string('-', text.Length)).Append('\n');
        return this;
    }

    /// <summary>Label–value pairs: a small table in HTML, <c>Label: value</c> lines in text.</summary>
    public BodyWriter Facts(params (string Label, string? Value)[] facts)
    {
        _html.Append("<table style=\"border-collapse:collapse\">\n");
        foreach (var (label, value) in facts.Where(f => !string.IsNullOrWhiteSpace(f.Value)))
        {
            _html.Append("<tr><td style=\"padding:2px 12px 2px 0;font-weight:bold;vertical-align:top\">").Append(Encode(label))
                .Append("</td><td style=\"padding:2px 0\">").Append(Encode(value!)).Append("</td></tr>\n");
            _text.Append(label).Append(": ").Append(value).Append('\n');
        }

        _html.Append("</table>\n");
        _text.Append('\n');
        return this;
    }

    public BodyWriter List(IEnumerable<string> items, bool numbered = false)
    {
        var tag = numbered ? "ol" : "ul";
        _html.Append('<').Append(tag).Append(">\n");
        var n = 0;
        foreach (var item in items)
        {
            n++;
            _html.Append("<li>").Append(Encode(item)).Append("</li>\n");
            _text.Append(numbered ? $"{n}. " : "- ").Append(item).Append('\n');
        }

        _html.Append("</").Append(tag).Append(">\n");
        _text.Append('\n');
        return this;
    }

    /// <summary>A table with a header row; the text gets one line per row, cells separated by " | ".</summary>
    public BodyWriter Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        _html.Append("<table style=\"border-collapse:collapse\">\n<tr>");
        foreach (var cell in header)
        {
            _html.Append("<th style=\"text-align:left;padding:4px 12px 4px 0;border-bottom:1px solid #999\">").Append(Encode(cell)).Append("</th>");
        }

        _html.Append("</tr>\n");
        _text.Append(string.Join(" | ", header)).Append('\n');
        foreach (var row in rows)
        {
            _html.Append("<tr>");
            foreach (var cell in row)
            {
                _html.Append("<td style=\"padding:4px 12px 4px 0\">").Append(Encode(cell)).Append("</td>");
            }

            _html.Append("</tr>\n");
            _text.Append(string.Join(" | ", row)).Append('\n');
        }

        _html.Append("</table>\n");
        _text.Append('\n');
        return this;
    }

    /// <summary>Button-like links in HTML; in text each label with its URL on a line of its own.</summary>
    public BodyWriter Actions(params (string Label, Uri Url)[] actions)
    {
        _html.Append("<p>");
        foreach (var (label, url) in actions)
        {
            _html.Append("<a href=\"").Append(Encode(Href(url))).Append("\" style=\"").Append(ButtonStyle).Append("\">")
                .Append(Encode(label)).Append("</a>\n");
            _text.Append(label).Append(":\n").Append(Href(url)).Append("\n\n");
        }

        _html.Append("</p>\n");
        return this;
    }

    /// <summary>A plain link with its own label (the round's information page).</summary>
    public BodyWriter Link(string label, Uri url)
    {
        _html.Append("<p><a href=\"").Append(Encode(Href(url))).Append("\">").Append(Encode(label)).Append("</a></p>\n");
        _text.Append(label).Append(":\n").Append(Href(url)).Append("\n\n");
        return this;
    }

    public BodyWriter Closing(string partnershipName)
    {
        var greeting = _language == MessageLanguage.English ? "Kind regards," : "Met vriendelijke groet,";
        return Paragraph($"{greeting}\n{partnershipName}");
    }

    /// <summary>The closing greeting and who signs, each line of <paramref name="signature"/> on a line of its own.</summary>
    public BodyWriter SignOff(params string[] signature)
    {
        var greeting = _language == MessageLanguage.English ? "Kind regards," : "Met vriendelijke groet,";
        return Paragraph(string.Join('\n', signature.Where(line => line.Length > 0).Prepend(greeting)));
    }

    public MessageBody Build()
    {
        var html = new StringBuilder(_html.ToString()).Append("</body>\n</html>\n").ToString();
        return new MessageBody(html, _text.ToString().TrimEnd() + "\n");
    }

    // Only the five characters that matter in text and attribute values; letters such as ö and € stay readable
    // (the mail is UTF-8), where WebUtility.HtmlEncode would turn them into numeric entities.
    private static string Encode(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                '"' => builder.Append("&quot;"),
                '\'' => builder.Append("&#39;"),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }

    // Only absolute web links: a javascript: or relative link in a mail is a bug (or an attack), never intended.
    private static string Href(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException("Links in messages must be absolute http(s) URLs.", nameof(url));
        }

        return url.AbsoluteUri;
    }
}
