using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Workflows.Host.Api.Links;

/// <summary>
/// The HMAC key of the action links: <c>Workflows:LinkSigningKey</c> (base64, at least 32 bytes). When missing a
/// random key is made at start with a warning: links then die with the process. The key is never logged.
/// </summary>
internal sealed class LinkSigningKey
{
    public const int MinimumBytes = 32;

    public LinkSigningKey(IOptions<WorkflowsApiOptions> options, ILogger<LinkSigningKey> logger)
    {
        string? configured = options.Value.LinkSigningKey;
        if (string.IsNullOrWhiteSpace(configured))
        {
            ApiLog.LinkKeyGenerated(logger);
            Bytes = RandomNumberGenerator.GetBytes(MinimumBytes);
            return;
        }

        byte[]? bytes = null;
        try
        {
            bytes = Convert.FromBase64String(configured.Trim());
        }
        catch (FormatException)
        {
            // Reported below without the value.
        }

        if (bytes is null || bytes.Length < MinimumBytes)
        {
            throw new InvalidOperationException($"Workflows:LinkSigningKey must be base64 for at least {MinimumBytes} random bytes (e.g. 'openssl rand -base64 32').");
        }

        Bytes = bytes;
    }

    public byte[] Bytes { get; }
}
