using System.Buffers.Text;
using System.Security.Cryptography;

namespace Workflows.Host.Hosting;

/// <summary>API keys for <c>serve</c> when none is configured: 256 random bits, URL-safe so they fit a header or query.</summary>
internal static class ApiKeys
{
    public static string Generate() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
}
