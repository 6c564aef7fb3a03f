using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Workflows.Host.Hosting;

namespace Workflows.Host.Tests.Hosting;

/// <summary>Errors the framework answers before any handler runs are RFC 7807 problem details too, not empty bodies.</summary>
public sealed class ProblemDetailsTests
{
    [Theory]
    [InlineData("GET", "/api/no-such-route", 404, "Niet gevonden")]
    [InlineData("PATCH", "/api/config", 405, "HTTP-methode niet toegestaan")]
    public async Task Framework_errors_are_problem_details_with_a_Dutch_title(string method, string path, int status, string title)
    {
        // Under the Functions host the key is checked by the host, so the request reaches routing here.
        var app = WorkflowsApp.Build(new AppSetup(HostingMode.FunctionsHost) { Urls = ["http://127.0.0.1:0"] });
        await using var _ = app;
        await app.StartAsync();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
            using var response = await http.SendAsync(new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative)));

            Assert.Equal((HttpStatusCode)status, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal(status, problem.RootElement.GetProperty("status").GetInt32());
            Assert.Equal(title, problem.RootElement.GetProperty("title").GetString());
            Assert.False(string.IsNullOrEmpty(problem.RootElement.GetProperty("type").GetString()));
        }
        finally
        {
            await app.StopAsync();
        }
    }
}
