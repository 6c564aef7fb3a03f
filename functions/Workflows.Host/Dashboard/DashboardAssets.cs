using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Workflows.Host.Dashboard;

/// <summary>The dashboard's own files, embedded in the assembly and served by the host: no CDN, no outside request.</summary>
internal static class DashboardAssets
{
    private static readonly Lazy<(byte[] Bytes, string Version)> Stylesheet = new(() => Load("dashboard.css"));

    /// <summary>Versioned by content, so a browser never keeps an old stylesheet after an update.</summary>
    public static readonly string StylesheetPath = $"{DashboardEndpoints.Prefix}/assets/dashboard.css?v={Stylesheet.Value.Version}";

    public static void Map(RouteGroupBuilder anonymous)
    {
        anonymous.MapGet("/assets/dashboard.css", (HttpContext http) =>
        {
            http.Response.Headers.CacheControl = "public, max-age=86400";
            return Results.Bytes(Stylesheet.Value.Bytes, "text/css; charset=utf-8");
        }).ExcludeFromDescription();
    }

    private static (byte[] Bytes, string Version) Load(string name)
    {
        var assembly = typeof(DashboardAssets).Assembly;
        using var stream = assembly.GetManifestResourceStream($"Workflows.Host.Dashboard.Assets.{name}")
            ?? throw new InvalidOperationException($"The dashboard asset '{name}' is not embedded.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        byte[] bytes = copy.ToArray();
        return (bytes, Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bytes))[..12].ToLowerInvariant());
    }
}
