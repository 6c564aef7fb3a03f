using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Host.Api.Auth;
using Workflows.Testing;

namespace Workflows.Host.Tests.Api;

[Collection("api-azurite")]
public sealed partial class AuthTests(AzuriteFixture azurite)
{
    public static TheoryData<string, string> Routes => new()
    {
        { "GET", "/api/config" },
        { "PUT", "/api/config" },
        { "GET", "/api/series" },
        { "GET", "/api/series/directieberaad/occurrences" },
        { "GET", "/api/instances" },
        { "GET", "/api/instances/some-id" },
        { "GET", "/api/instances/some-id/history" },
        { "POST", "/api/instances/some-id/events/go" },
        { "POST", "/api/instances/some-id/terminate" },
        { "POST", "/api/instances/some-id/suspend" },
        { "POST", "/api/instances/some-id/resume" },
        { "DELETE", "/api/instances/some-id" },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Every_api_route_answers_401_problem_details_without_a_key_or_with_a_wrong_one(string method, string path)
    {
        await using var host = await ApiHost.StartAsync(azurite);

        using var none = await host.Anonymous.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
        var problem = await ApiHost.ProblemAsync(none, 401);
        Assert.Contains("x-functions-key", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        using var wrong = new HttpRequestMessage(new HttpMethod(method), path);
        wrong.Headers.Add("x-functions-key", ApiHost.Key + "x");
        await ApiHost.ProblemAsync(await host.Anonymous.SendAsync(wrong), 401);

        using var prefix = new HttpRequestMessage(new HttpMethod(method), path);
        prefix.Headers.Add("x-functions-key", ApiHost.Key[..^1]);
        await ApiHost.ProblemAsync(await host.Anonymous.SendAsync(prefix), 401);
    }

    [Fact]
    public async Task The_right_key_is_let_in_and_a_bearer_token_is_refused_when_Entra_ID_is_not_configured()
    {
        await using var host = await ApiHost.StartAsync(azurite);

        using var ok = await host.Http.GetAsync(new Uri("/api/instances", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        using var bearer = new HttpRequestMessage(HttpMethod.Get, "/api/instances");
        bearer.Headers.Authorization = ApiHost.Bearer("eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.");
        await ApiHost.ProblemAsync(await host.Anonymous.SendAsync(bearer), 401);
    }

    [Fact]
    public async Task Guessing_the_key_in_the_header_is_refused_with_429_after_ten_failures_the_right_key_too()
    {
        await using var host = await ApiHost.StartAsync(azurite);

        // The right key does not count: a script calling often is never slowed down.
        for (int i = 0; i < 15; i++)
        {
            using var ok = await host.Http.GetAsync(new Uri("/api/instances", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        var statuses = new List<HttpStatusCode>();
        for (int i = 0; i < 10; i++)
        {
            using var guess = new HttpRequestMessage(HttpMethod.Get, "/api/instances");
            guess.Headers.Add("x-functions-key", $"guess-{i}");
            using var refused = await host.Anonymous.SendAsync(guess);
            statuses.Add(refused.StatusCode);
        }

        using var eleventh = new HttpRequestMessage(HttpMethod.Get, "/api/instances");
        eleventh.Headers.Add("x-functions-key", "guess-10");
        using var tooMany = await host.Anonymous.SendAsync(eleventh);
        using var right = await host.Http.GetAsync(new Uri("/api/instances", UriKind.Relative));

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.Unauthorized, s));
        var problem = await ApiHost.ProblemAsync(tooMany, 429);
        Assert.Equal("Te veel pogingen", problem.GetProperty("title").GetString());
        Assert.True(tooMany.Headers.RetryAfter?.Delta > TimeSpan.Zero);

        // Refused like a wrong one, so a 429 never tells a right guess from a wrong one.
        await ApiHost.ProblemAsync(right, 429);
        Assert.True(right.Headers.RetryAfter?.Delta > TimeSpan.Zero);
    }

    [Fact]
    public async Task A_request_without_a_key_is_no_failed_sign_in()
    {
        await using var host = await ApiHost.StartAsync(azurite);

        for (int i = 0; i < 15; i++)
        {
            using var none = await host.Anonymous.GetAsync(new Uri("/api/instances", UriKind.Relative));
            Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        }

        using var ok = await host.Http.GetAsync(new Uri("/api/instances", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
    }

    [Fact]
    public async Task A_client_that_accepts_no_json_still_gets_401_with_the_reason()
    {
        await using var host = await ApiHost.StartAsync(azurite);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/config");
        request.Headers.Accept.ParseAdd("text/html");

        using var response = await host.Anonymous.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("x-functions-key", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_configured_key_nothing_is_let_in()
    {
        await using var host = await ApiHost.StartAsync(azurite, services => services.PostConfigure<Workflows.Host.Api.WorkflowsApiOptions>(o => o.ApiKey = null));

        using var response = await host.Http.GetAsync(new Uri("/api/instances", UriKind.Relative));
        await ApiHost.ProblemAsync(response, 401);
    }

    [Fact]
    public async Task Under_the_Functions_host_its_key_check_is_trusted_and_no_setting_can_switch_that_on()
    {
        await using var trusted = await ApiHost.StartAsync(azurite, services => services.PostConfigure<Workflows.Host.Api.WorkflowsApiOptions>(o => o.AuthenticatedByFunctionsHost = true));
        await using var configured = await ApiHost.StartAsync(azurite, settings: new Dictionary<string, string?> { ["Workflows:AuthenticatedByFunctionsHost"] = "true" });

        using var passes = await trusted.Anonymous.GetAsync(new Uri("/api/instances", UriKind.Relative));
        using var refused = await configured.Anonymous.GetAsync(new Uri("/api/instances", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.OK, passes.StatusCode);
        await ApiHost.ProblemAsync(refused, 401);
    }

    [Fact]
    public async Task Action_links_need_no_key()
    {
        await using var host = await ApiHost.StartAsync(azurite);

        using var response = await host.Anonymous.GetAsync(new Uri("/api/links/not-a-token", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>The API routes anyone may call: the action and download links (signed) and what probes and clients need without a key.</summary>
    private static readonly HashSet<string> AnonymousRoutes = new(StringComparer.Ordinal)
    {
        "GET /api/health",
        "GET /api/openapi.json",
        "GET /api/links/{token}",
        "POST /api/links/{token}",
        "GET /api/documents/{token}",

        // Calendar clients subscribe anonymously; the signed, revocable token is the authorization.
        "GET /api/calendar/{token}.ics",
    };

    [Fact]
    public async Task Every_mapped_api_route_but_links_health_and_the_OpenAPI_document_answers_401_without_a_key()
    {
        // Read from the app's own endpoints, so a route added later is checked without being listed here.
        await using var host = await ApiHost.StartAsync(azurite);
        var routes = MappedApiRoutes.Of(host.Services);
        Assert.True(routes.Count > 20, string.Join("\n", routes));
        Assert.Subset(routes.ToHashSet(StringComparer.Ordinal), AnonymousRoutes);

        foreach (string route in routes.Where(r => !AnonymousRoutes.Contains(r)))
        {
            string method = route[..route.IndexOf(' ', StringComparison.Ordinal)];
            string path = RouteParameter().Replace(route[(method.Length + 1)..], "some-id");
            using var request = new HttpRequestMessage(new HttpMethod(method), path);
            using var response = await host.Anonymous.SendAsync(request);
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{route} ({method} {path}) answered {(int)response.StatusCode} without a key.");
        }
    }

    [Fact]
    public async Task Health_and_the_OpenAPI_document_answer_without_a_key_and_health_tells_nothing_else()
    {
        await using var host = await ApiHost.StartAsync(azurite);

        using var health = await host.Anonymous.GetAsync(new Uri("/api/health", UriKind.Relative));
        using var document = await host.Anonymous.GetAsync(new Uri("/api/openapi.json", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("""{"status":"ok"}""", await health.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, document.StatusCode);
        Assert.True((await ApiHost.JsonAsync(document)).GetProperty("paths").TryGetProperty("/api/config", out _));

        // A wrong key changes nothing and is no failed sign-in: nothing is checked here.
        using var wrong = new HttpRequestMessage(HttpMethod.Get, "/api/health");
        wrong.Headers.Add("x-functions-key", "not-the-key");
        Assert.Equal(HttpStatusCode.OK, (await host.Anonymous.SendAsync(wrong)).StatusCode);
    }

    [Fact]
    public async Task Health_and_the_OpenAPI_document_are_limited_per_client_without_refusing_a_probe()
    {
        await using var host = await ApiHost.StartAsync(azurite);

        // A probe asks every few seconds; the limit is well above that.
        for (int i = 0; i < OpenEndpointRateLimiter.PermitLimit; i++)
        {
            using var ok = await host.Anonymous.GetAsync(new Uri(i % 2 == 0 ? "/api/health" : "/api/openapi.json", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        using var health = await host.Anonymous.GetAsync(new Uri("/api/health", UriKind.Relative));
        using var document = await host.Anonymous.GetAsync(new Uri("/api/openapi.json", UriKind.Relative));
        foreach (var refused in new[] { health, document })
        {
            var problem = await ApiHost.ProblemAsync(refused, 429);
            Assert.Equal("Te veel verzoeken", problem.GetProperty("title").GetString());
            Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        }

        // The keyed API is not counted against the open routes' limit.
        using var keyed = await host.Http.GetAsync(new Uri("/api/instances", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, keyed.StatusCode);
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteParameter();
}
