using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Workflows.Messaging.Outbox;

/// <summary>
/// Turns an idempotency key into a file name stem: deterministic (a retry overwrites the same file) and injective
/// (two keys never share a file), so every byte outside <c>[A-Za-z0-9._-]</c> is percent-escaped, <c>%</c> included.
/// </summary>
internal static class OutboxFileNames
{
    // File systems allow 255 bytes per name; keep room for the extension and the temp suffix.
    private const int MaxStemLength = 160;
    private const int KeptPrefixLength = 90;

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

    /// <summary>Lower-case hex SHA-256 of the key: the stable source of event ids and Message-IDs.</summary>
    public static string Hash(string value) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));

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
