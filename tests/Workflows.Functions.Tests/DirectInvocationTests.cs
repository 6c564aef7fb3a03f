using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Workflows.Functions.Http;
using Workflows.Host.Api.Auth;
using Workflows.Testing;

namespace Workflows.Functions.Tests;

/// <summary>
/// The HTTP functions invoked directly, as the worker would (a request on an HttpContext of its own, the invocation's
/// Durable client), answer like <c>serve</c> over real HTTP on the same storage, hub, clock and runtime.
/// </summary>
/// <remarks>
/// API routes: serve checks the key itself, so serve is sent the key; under the Functions host the host checked the
/// function key before the worker saw the request and the platform trusts that (AuthenticatedByFunctionsHost), so the
/// function is sent none. The dashboard checks a key header itself in both modes, so its key cases send the same.
/// </remarks>
[Collection("azurite")]
public sealed partial class DirectInvocationTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly Dictionary<string, string> WithKey = new() { [ApiAuthentication.KeyHeader] = ServeAndFunctions.Key };

    private ServeAndFunctions _apps = null!;

    public async Task InitializeAsync() => _apps = await ServeAndFunctions.StartAsync(azurite);

    public async Task DisposeAsync() => await _apps.DisposeAsync();

    [Fact]
    public async Task Storing_and_reading_the_configuration_answers_as_serve()
    {
        var api = new ApiFunctions(_apps.Platform);
        string yaml = await File.ReadAllTextAsync(Sample("profijt.yaml"));

        // First through the function (its listeners start the workflows through the invocation's client), then the
        // same file through serve: both are a replace of the configuration in force.
        var function = await _apps.FunctionAsync(api.Config, "PUT", "/api/config", body: yaml, contentType: "application/yaml");
        await _apps.DrainAsync();
        var serve = await _apps.ServeAsync("PUT", "/api/config", WithKey, yaml, "application/yaml");
        await _apps.DrainAsync();
        Assert.Equal(200, serve.Status);
        // The version (the blob's ETag) and the time stored (the blob's) differ per upload.
        AssertSameJson(serve, function, "version", "storedAt");
        Assert.Equal(0, JsonNode.Parse(function.Body)!["listenerFailures"]!.GetValue<int>());
        Assert.True(await AnyInstanceAsync(), "Storing the configuration through the function started no workflow.");

        var read = await _apps.FunctionAsync(api.Config, "GET", "/api/config");
        Assert.Equal(200, read.Status);
        AssertSame(await _apps.ServeAsync("GET", "/api/config", WithKey), read);
        Assert.Equal(yaml, read.Body);

        var unsupported = await _apps.FunctionAsync(api.Config, "PUT", "/api/config", body: "{}", contentType: "application/json");
        Assert.Equal(415, unsupported.Status);
        AssertSame(await _apps.ServeAsync("PUT", "/api/config", WithKey, "{}", "application/json"), unsupported);
    }

    [Fact]
    public async Task Reading_series_instances_health_and_the_OpenAPI_document_answers_as_serve()
    {
        var api = new ApiFunctions(_apps.Platform);
        var instances = new InstanceFunctions(_apps.Platform);
        await StoreSampleAsync();

        (Func<Microsoft.AspNetCore.Http.HttpRequest, Microsoft.DurableTask.Client.DurableTaskClient, Task<Microsoft.AspNetCore.Mvc.IActionResult>> Function, string Path, int Status)[] reads =
        [
            (api.Health, "/api/health", 200),
            (api.Series, "/api/series", 200),
            (api.SeriesRsvp, "/api/series/directieberaad/rsvp", 200),
            (api.SeriesOccurrences, "/api/series/directieberaad/occurrences?from=2026-08-01&to=2027-07-31", 200),
            (api.SeriesRsvp, "/api/series/no-such-series/rsvp", 404),
            (instances.Instances, "/api/instances?status=running,pending&prefix=meeting-&pageSize=10", 200),
            (instances.Instances, "/api/instances?status=Sleeping&pageSize=0", 400),
            (api.SubsidyRounds, "/api/subsidy-rounds", 200),
        ];
        foreach (var (function, path, status) in reads)
        {
            var answer = await _apps.FunctionAsync(function, "GET", path);
            Assert.True(status == answer.Status, $"GET {path} through the function: {answer}");
            AssertSame(await _apps.ServeAsync("GET", path, WithKey), answer);
        }

        var page = JsonNode.Parse((await _apps.FunctionAsync(instances.Instances, "GET", "/api/instances?pageSize=5")).Body)!;
        Assert.NotEmpty(page["instances"]!.AsArray());
        AssertSame(await _apps.ServeAsync("GET", "/api/instances?pageSize=5", WithKey), await _apps.FunctionAsync(instances.Instances, "GET", "/api/instances?pageSize=5"));

        // The same document but for its server: under the Functions host the app is reached over https through the
        // platform's front end (HttpForwarding marks the request so), serve here over plain http.
        var openApi = await _apps.FunctionAsync(api.OpenApi, "GET", "/api/openapi.json");
        Assert.Equal(200, openApi.Status);
        var server = JsonNode.Parse(openApi.Body)!["servers"]!.AsArray().Single()!["url"]!.GetValue<string>();
        Assert.Equal(new UriBuilder(_apps.Address) { Scheme = Uri.UriSchemeHttps, Port = _apps.Address.Port }.Uri.ToString(), server);
        var serveDocument = await _apps.ServeAsync("GET", "/api/openapi.json", WithKey);
        AssertSameJson(serveDocument with { Body = serveDocument.Body.Replace($"\"{_apps.Address}\"", $"\"{server}\"", StringComparison.Ordinal) }, openApi);
    }

    [Fact]
    public async Task Action_links_and_the_dashboard_answer_as_serve_including_their_own_refusals()
    {
        var links = new LinkFunctions(_apps.Platform);
        var dashboard = new DashboardFunctions(_apps.Platform);
        await StoreSampleAsync();

        // A link whose signature does not verify: the 400 page, anonymous in both modes.
        foreach (string method in new[] { "GET", "POST" })
        {
            var link = await _apps.FunctionAsync(links.Action, method, "/api/links/not-a-signed-token");
            Assert.Equal(400, link.Status);
            Assert.StartsWith("text/html", link.ContentType, StringComparison.Ordinal);
            AssertSame(await _apps.ServeAsync(method, "/api/links/not-a-signed-token"), link);
        }

        // No session: off to the login page.
        var redirect = await _apps.FunctionAsync(dashboard.Overview, "GET", "/dashboard");
        Assert.Equal(302, redirect.Status);
        Assert.Equal("/dashboard/login", redirect.Headers["Location"]);
        AssertSame(await _apps.ServeAsync("GET", "/dashboard"), redirect);

        // A wrong key header: the dashboard checks it itself, under the Functions host too (its routes are anonymous
        // at the host), and refuses with 401 problem details.
        var wrong = new Dictionary<string, string> { [ApiAuthentication.KeyHeader] = "not-the-key" };
        var refused = await _apps.FunctionAsync(dashboard.Overview, "GET", "/dashboard", wrong);
        Assert.Equal(401, refused.Status);
        Assert.StartsWith("application/problem+json", refused.ContentType, StringComparison.Ordinal);
        AssertSameJson(await _apps.ServeAsync("GET", "/dashboard", wrong), refused, "traceId");

        // The right key header: the overview itself (its forms carry per-request CSRF tokens).
        var overview = await _apps.FunctionAsync(dashboard.Overview, "GET", "/dashboard", WithKey);
        Assert.Equal(200, overview.Status);
        AssertSame(await _apps.ServeAsync("GET", "/dashboard", WithKey), overview, MaskCsrf);

        var login = await _apps.FunctionAsync(dashboard.Login, "GET", "/dashboard/login");
        Assert.Equal(200, login.Status);
        AssertSame(await _apps.ServeAsync("GET", "/dashboard/login"), login, MaskCsrf);

        // Signing in through the form on the worker's context: the CSRF token issued by one invocation validates in
        // the next, and the session cookie it sets opens the overview.
        string csrf = System.Net.WebUtility.HtmlDecode(CsrfField().Match(login.Body).Groups[1].Value);
        Assert.NotEmpty(csrf);
        var signIn = await _apps.FunctionAsync(
            dashboard.Login, "POST", "/dashboard/login", new Dictionary<string, string> { ["Cookie"] = login.CookieHeader },
            $"__csrf={Uri.EscapeDataString(csrf)}&apiKey={Uri.EscapeDataString(ServeAndFunctions.Key)}", "application/x-www-form-urlencoded");
        Assert.True(signIn.Status == 303, signIn.ToString());
        Assert.Contains(signIn.SetCookies, c => c.Contains("secure", StringComparison.OrdinalIgnoreCase) && c.Contains("httponly", StringComparison.OrdinalIgnoreCase));
        var session = await _apps.FunctionAsync(dashboard.Overview, "GET", "/dashboard", new Dictionary<string, string> { ["Cookie"] = signIn.CookieHeader });
        Assert.True(session.Status == 200, session.ToString());
        var forged = await _apps.FunctionAsync(
            dashboard.Login, "POST", "/dashboard/login", new Dictionary<string, string> { ["Cookie"] = login.CookieHeader },
            $"__csrf=forged&apiKey={Uri.EscapeDataString(ServeAndFunctions.Key)}", "application/x-www-form-urlencoded");
        Assert.Equal(400, forged.Status);

        var stylesheet = await _apps.FunctionAsync(dashboard.Stylesheet, "GET", "/dashboard/assets/dashboard.css");
        Assert.Equal(200, stylesheet.Status);
        AssertSame(await _apps.ServeAsync("GET", "/dashboard/assets/dashboard.css"), stylesheet);
    }

    private async Task StoreSampleAsync()
    {
        string yaml = await File.ReadAllTextAsync(Sample("profijt.yaml"));
        var stored = await _apps.FunctionAsync(new ApiFunctions(_apps.Platform).Config, "PUT", "/api/config", body: yaml, contentType: "application/yaml");
        Assert.True(stored.Status == 200, stored.ToString());
        await _apps.DrainAsync();
    }

    private async Task<bool> AnyInstanceAsync()
    {
        await foreach (var _ in _apps.Runtime.Client.GetAllInstancesAsync())
        {
            return true;
        }

        return false;
    }

    private static string Sample(string name) => Path.Combine(AppContext.BaseDirectory, "samples", name);

    private static void AssertSame(Answer serve, Answer function, Func<string, string>? mask = null)
    {
        Assert.True(serve.Status == function.Status, $"serve:\n{serve}\n\nfunction:\n{function}");
        Assert.Equal(serve.ContentType, function.ContentType);
        Assert.Equal(serve.Headers.OrderBy(h => h.Key, StringComparer.OrdinalIgnoreCase), function.Headers.OrderBy(h => h.Key, StringComparer.OrdinalIgnoreCase));
        mask ??= body => body;
        Assert.Equal(mask(MaskTraceId(serve.Body)), mask(MaskTraceId(function.Body)));
    }

    /// <summary>Same status, content type and headers, and the same JSON but for <paramref name="ignored"/> top-level fields.</summary>
    private static void AssertSameJson(Answer serve, Answer function, params string[] ignored)
    {
        AssertSame(serve with { Body = string.Empty }, function with { Body = string.Empty });
        var expected = JsonNode.Parse(serve.Body)!;
        var actual = JsonNode.Parse(function.Body)!;
        foreach (string field in ignored)
        {
            Assert.NotNull(expected[field]);
            Assert.NotNull(actual[field]);
            expected.AsObject().Remove(field);
            actual.AsObject().Remove(field);
        }

        Assert.True(JsonNode.DeepEquals(expected, actual), $"serve:\n{expected}\n\nfunction:\n{actual}");
    }

    /// <summary>
    /// Problem details carry the request's trace id: a W3C id under serve's hosting layer, the connection's request id
    /// on a bare test HttpContext (the worker's own hosting layer starts an activity as serve's does).
    /// </summary>
    private static string MaskTraceId(string body) => TraceId().Replace(body, "\"traceId\":\"…\"");

    [GeneratedRegex("\"traceId\":\"[^\"]*\"")]
    private static partial Regex TraceId();

    private static string MaskCsrf(string html) => CsrfValue().Replace(html, "name=\"__csrf\" value=\"…\"");

    [GeneratedRegex("name=\"__csrf\" value=\"([^\"]+)\"")]
    private static partial Regex CsrfField();

    [GeneratedRegex("name=\"__csrf\" value=\"[^\"]*\"")]
    private static partial Regex CsrfValue();
}
