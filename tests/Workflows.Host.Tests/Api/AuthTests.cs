using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Testing;

namespace Workflows.Host.Tests.Api;

[Collection("api-azurite")]
public sealed class AuthTests(AzuriteFixture azurite)
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
        { "GET", "/api/openapi.json" },
        { "GET", "/api/health" },
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
        using var health = await host.Http.GetAsync(new Uri("/api/health", UriKind.Relative));
        Assert.Equal("ok", (await ApiHost.JsonAsync(health)).GetProperty("status").GetString());

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
            using var ok = await host.Http.GetAsync(new Uri("/api/health", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        var statuses = new List<HttpStatusCode>();
        for (int i = 0; i < 10; i++)
        {
            using var guess = new HttpRequestMessage(HttpMethod.Get, "/api/health");
            guess.Headers.Add("x-functions-key", $"guess-{i}");
            using var refused = await host.Anonymous.SendAsync(guess);
            statuses.Add(refused.StatusCode);
        }

        using var eleventh = new HttpRequestMessage(HttpMethod.Get, "/api/health");
        eleventh.Headers.Add("x-functions-key", "guess-10");
        using var tooMany = await host.Anonymous.SendAsync(eleventh);
        using var right = await host.Http.GetAsync(new Uri("/api/health", UriKind.Relative));

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
            using var none = await host.Anonymous.GetAsync(new Uri("/api/health", UriKind.Relative));
            Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        }

        using var ok = await host.Http.GetAsync(new Uri("/api/health", UriKind.Relative));
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
}
