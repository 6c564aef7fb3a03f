using System.Security.Cryptography;
using System.Text;

namespace Workflows.Orchestrations.Meetings;

/// <summary>The stable key of a proposal: the same person proposing the same title (case and spacing aside) is one item.</summary>
public static class AgendaItemKeys
{
    public static string Of(string who, string title)
    {
        ArgumentNullException.ThrowIfNull(who);
        ArgumentNullException.ThrowIfNull(title);
        string normalized = string.Join(' ', title.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{who}\n{normalized}"));
        return Convert.ToHexStringLower(hash.AsSpan(0, 8));
    }

    /// <summary>A key as <see cref="Of"/> makes it: 16 lowercase hex digits (anything else names no item).</summary>
    public static bool IsWellFormed(string? key) =>
        key is { Length: 16 } && key.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f'));
}
