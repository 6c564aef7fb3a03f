using System.Security.Cryptography;
using System.Text;

namespace Workflows.Orchestrations.Minutes;

/// <summary>The stable key of an action item: the same owner with the same text (case and spacing aside) is one item.</summary>
public static class ActionItemKeys
{
    public static string Of(string owner, string what)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(what);
        string normalized = string.Join(' ', what.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes($"action\n{owner}\n{normalized}"));
        return Convert.ToHexStringLower(hash.AsSpan(0, 8));
    }

    /// <summary>A key as <see cref="Of"/> makes it: 16 lowercase hex digits (anything else names no item).</summary>
    public static bool IsWellFormed(string? key) =>
        key is { Length: 16 } && key.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f'));
}
