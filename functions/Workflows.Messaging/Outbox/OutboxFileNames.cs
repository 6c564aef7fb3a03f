using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Workflows.Messaging.Outbox;

/// <summary>
/// The names of the outbox's files and records. <see cref="Stem"/> turns an idempotency key into the record's key:
/// deterministic and injective (every byte outside <c>[A-Za-z0-9._-]</c> percent-escaped, <c>%</c> included), so a
/// retry finds the record of its first attempt. <see cref="File"/> is the file's name without extension: the
/// caller's readable label (<see cref="MessageLabels.FileLabel"/>) made safe, plus a short hash of the key.
/// </summary>
internal static class OutboxFileNames
{
    // File systems allow 255 bytes per name; keep room for the extension and the temp suffix.
    private const int MaxStemLength = 160;
    private const int KeptPrefixLength = 90;

    /// <summary>The longest label kept (in UTF-16 units); with the hash and the extension a name stays far below 255 bytes and a Windows path below 260 characters in any ordinary directory.</summary>
    internal const int MaxLabelLength = 80;

    /// <summary>
    /// Hex digits of the key's hash in a readable name. Labels repeat (one reminder per person on one day), so the hash
    /// alone keeps two messages apart: at 8 digits two keys share a name about once in four billion pairs.
    /// </summary>
    internal const int HashLength = 8;

    public static string Stem(string idempotencyKey)
    {
        var escaped = Escape(idempotencyKey);
        if (escaped.Length <= MaxStemLength)
        {
            return escaped;
        }

        // '~' never appears in an escaped stem (it would be %7E), so a long key cannot collide with a short one.
        return string.Concat(escaped.AsSpan(0, KeptPrefixLength), "~", Hash(idempotencyKey));
    }

    /// <summary>
    /// The file's name without extension: <c>"{label} {hash}"</c> (<c>2026-11-17 directieberaad uitnodiging 1d11a2b3</c>)
    /// when the caller gave a label, else <see cref="Stem"/>. Deterministic: the same key and label give the same name.
    /// </summary>
    public static string File(string idempotencyKey, string? label)
    {
        if (label is null)
        {
            return Stem(idempotencyKey);
        }

        string safe = Safe(label);
        string hash = Hash(idempotencyKey)[..HashLength];
        return safe.Length == 0 ? hash : $"{safe} {hash}";
    }

    /// <summary>Lower-case hex SHA-256 of the key: the stable source of event ids and Message-IDs.</summary>
    public static string Hash(string value) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));

    /// <summary>
    /// A label as a name every OS takes: no control characters, none of <c>\ / : * ? " &lt; &gt; |</c> (Windows), no dot
    /// (a Windows device name such as <c>CON</c> is reserved before any dot; the hash after a space keeps the name
    /// from being one), single spaces, no leading dash (read as an option in a shell), at most
    /// <see cref="MaxLabelLength"/> characters and no trailing space or dot. Composed (NFC), as macOS stores names.
    /// </summary>
    internal static string Safe(string label)
    {
        var builder = new StringBuilder(label.Length);
        foreach (char c in label.Normalize(NormalizationForm.FormC))
        {
            char kept = char.IsControl(c) || char.IsWhiteSpace(c) || c is '\u2028' or '\u2029' ? ' '
                : c is '\\' or '/' or ':' or '*' or '?' or '"' or '<' or '>' or '|' or '.' ? '-'
                : c;
            if (kept == ' ' && (builder.Length == 0 || builder[^1] == ' '))
            {
                continue;
            }

            builder.Append(kept);
        }

        string safe = builder.ToString().TrimStart('-', ' ');
        if (safe.Length > MaxLabelLength)
        {
            // Never half a surrogate pair.
            int cut = char.IsLowSurrogate(safe[MaxLabelLength]) ? MaxLabelLength - 1 : MaxLabelLength;
            safe = safe[..cut];
        }

        return safe.TrimEnd(' ', '-');
    }

    private static string Escape(string key)
    {
        var builder = new StringBuilder(key.Length);
        foreach (var b in Encoding.UTF8.GetBytes(key))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        // "." and ".." are no file names of their own; with an extension appended they are harmless.
        return builder.ToString();
    }
}
