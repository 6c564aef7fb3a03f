using System.Net;
using Workflows.Testing;

namespace Workflows.Host.Tests.Api;

[Collection("api-azurite")]
public sealed class OpenApiTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task The_document_lists_every_route_and_the_key_header()
    {
        await using var host = await ApiHost.StartAsync(azurite);

        using var response = await host.Http.GetAsync(new Uri("/api/openapi.json", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await ApiHost.JsonAsync(response);
        var paths = document.GetProperty("paths");
        var expected = new Dictionary<string, string[]>
        {
            ["/api/config"] = ["get", "put"],
            ["/api/series"] = ["get"],
            ["/api/series/{id}/occurrences"] = ["get"],
            ["/api/instances"] = ["get"],
            ["/api/instances/{id}"] = ["get", "delete"],
            ["/api/instances/{id}/history"] = ["get"],
            ["/api/instances/{id}/events/{name}"] = ["post"],
            ["/api/instances/{id}/terminate"] = ["post"],
            ["/api/instances/{id}/suspend"] = ["post"],
            ["/api/instances/{id}/resume"] = ["post"],
            ["/api/links/{token}"] = ["get", "post"],
            ["/api/health"] = ["get"],
            ["/api/series/{id}/occurrences/{date}/documents"] = ["get", "post"],
            ["/api/documents/{token}"] = ["get"],
        };
        foreach (var (path, methods) in expected)
        {
            Assert.True(paths.TryGetProperty(path, out var item), $"missing {path}");
            foreach (string method in methods)
            {
                Assert.True(item.TryGetProperty(method, out _), $"missing {method} {path}");
            }
        }

        Assert.True(paths.GetProperty("/api/config").GetProperty("put").GetProperty("requestBody").GetProperty("content").TryGetProperty("application/yaml", out _));
        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("functionsKey");
        Assert.Equal("apiKey", scheme.GetProperty("type").GetString());
        Assert.Equal("x-functions-key", scheme.GetProperty("name").GetString());
        Assert.Equal("header", scheme.GetProperty("in").GetString());
        Assert.True(document.GetProperty("security")[0].TryGetProperty("functionsKey", out _));
        Assert.Equal(0, paths.GetProperty("/api/links/{token}").GetProperty("post").GetProperty("security").GetArrayLength());
        Assert.Equal(0, paths.GetProperty("/api/documents/{token}").GetProperty("get").GetProperty("security").GetArrayLength());
        Assert.True(paths.GetProperty("/api/series/{id}/occurrences/{date}/documents").GetProperty("post").GetProperty("requestBody").GetProperty("content").TryGetProperty("multipart/form-data", out _));
        Assert.Equal(0, paths.GetProperty("/api/health").GetProperty("get").GetProperty("security").GetArrayLength());
        Assert.False(paths.GetProperty("/api/config").GetProperty("put").TryGetProperty("security", out _));
    }
}
