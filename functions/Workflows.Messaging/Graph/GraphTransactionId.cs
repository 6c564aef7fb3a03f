using System.Security.Cryptography;
using System.Text;

namespace Workflows.Messaging.Graph;

/// <summary>Turns the caller's idempotency key into Graph's <c>transactionId</c>.</summary>
/// <remarks>
/// Graph documents no length or alphabet for <c>transactionId</c>, but Exchange stores it as a short string property, and
/// activity keys (instance id + activity name + counter) can grow long and carry any character. Short, plain keys are
/// passed as they are so they stay recognisable in Graph; anything longer or unusual becomes <c>wf-</c> plus the first
/// 40 hex digits of its SHA-256, which is stable (the same key always maps to the same id) and practically collision-free.
/// </remarks>
internal static class GraphTransactionId
{
    internal const int MaxPlainLength = 64;

    internal static string From(string idempotencyKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(idempotencyKey);
        if (idempotencyKey.Length <= MaxPlainLength && idempotencyKey.All(IsPlain) && !idempotencyKey.StartsWith("wf-", StringComparison.Ordinal))
        {
            return idempotencyKey;
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(idempotencyKey));
        return "wf-" + Convert.ToHexStringLower(hash)[..40];
    }

    private static bool IsPlain(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':';
}
