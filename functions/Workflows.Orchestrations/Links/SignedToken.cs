using System.Buffers.Text;
using System.Security.Cryptography;

namespace Workflows.Orchestrations.Links;

/// <summary>
/// The envelope of every signed token in a URL (action links, calendar feeds): <c>base64url(body).base64url(mac)</c>,
/// the mac HMAC-SHA256 over a domain prefix and the body. The prefix keeps the kinds apart: a token signed for one
/// never opens as another, even under the same key.
/// </summary>
internal sealed class SignedToken(byte[] key, byte[] domain)
{
    /// <summary>The token for <paramref name="body"/>.</summary>
    public string Create(byte[] body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return $"{Base64Url.EncodeToString(body)}.{Base64Url.EncodeToString(Sign(body))}";
    }

    /// <summary>The body when <paramref name="token"/> is one piece of text this key signed; null for anything else.</summary>
    public byte[]? Open(string? token, int maxLength)
    {
        if (string.IsNullOrEmpty(token) || token.Length > maxLength)
        {
            return null;
        }

        int dot = token.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 && dot == token.LastIndexOf('.')
            && TryDecode(token.AsSpan(0, dot), out var body)
            && TryDecode(token.AsSpan(dot + 1), out var signature)
            && CryptographicOperations.FixedTimeEquals(signature, Sign(body))
            ? body
            : null;
    }

    private byte[] Sign(byte[] body)
    {
        byte[] data = new byte[domain.Length + body.Length];
        domain.CopyTo(data, 0);
        body.CopyTo(data, domain.Length);
        return HMACSHA256.HashData(key, data);
    }

    private static bool TryDecode(ReadOnlySpan<char> text, out byte[] bytes)
    {
        bytes = [];
        if (text.IsEmpty || !Base64Url.IsValid(text, out int length))
        {
            return false;
        }

        bytes = new byte[length];
        return Base64Url.TryDecodeFromChars(text, bytes, out int written) && written == length;
    }
}
