using System.Buffers.Text;
using System.Security.Cryptography;

namespace Workflows.Host.Hosting;

/// <summary>
/// API keys: the one <c>serve</c> makes when none is configured (256 random bits, URL-safe so they fit a header or
/// query), and the minimum a configured one must meet. The sign-in limit slows guessing down, but only a key that
/// cannot be guessed makes guessing pointless: <c>known-key-123</c> falls to a word list in minutes.
/// </summary>
internal static class ApiKeys
{
    public const int MinimumLength = 32;

    public const int MinimumDistinct = 10;

    public static string Generate() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    /// <summary>
    /// Null when <paramref name="key"/> is unset (no key: nothing is let in) or strong enough; otherwise what is wrong
    /// and how to make a good one. The message never contains the key.
    /// </summary>
    public static string? Weakness(string? key)
    {
        if (string.IsNullOrEmpty(key))
        {
            return null;
        }

        string? reason = key.Length < MinimumLength ? $"it is shorter than {MinimumLength} characters"
            : key.Distinct().Count() < MinimumDistinct ? $"it has fewer than {MinimumDistinct} different characters"
            : IsRepeated(key) ? "it is one piece repeated"
            : null;
        return reason is null
            ? null
            : $"The setting {HostSettings.ApiKey} (environment Workflows__ApiKey) is too weak: {reason}. "
                + $"Use at least {MinimumLength} random characters, e.g. the output of `openssl rand -base64 32`, "
                + "or leave the setting unset and serve generates one.";
    }

    /// <summary>True for "abcabcabc…": the key occurs in itself doubled somewhere before its own length.</summary>
    private static bool IsRepeated(string key) => (key + key).IndexOf(key, 1, StringComparison.Ordinal) < key.Length;
}
