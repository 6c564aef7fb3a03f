using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Workflows.Host.Api.Links;
using Workflows.Orchestrations.Links;
using Workflows.Testing;

namespace Workflows.Host.Tests.Api;

[Collection("api-azurite")]
public sealed class ActionLinkTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Get_shows_a_Dutch_confirmation_form_and_changes_nothing()
    {
        await using var host = await ApiHost.StartAsync(azurite);
        var (id, path) = await StartWithLinkAsync(host);

        using var page = await host.Anonymous.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        string html = await page.Content.ReadAsStringAsync();
        Assert.Contains("<form method=\"post\">", html, StringComparison.Ordinal);
        Assert.Contains("ik meld mij aan", html, StringComparison.Ordinal);
        Assert.Contains("no-referrer", page.Headers.GetValues("Referrer-Policy"));
        Assert.DoesNotContain("answer", await host.EventsBeforeMarkerAsync(id));
    }

    [Fact]
    public async Task Post_raises_the_event_once_and_the_orchestration_receives_it()
    {
        await using var host = await ApiHost.StartAsync(azurite);
        var (id, path) = await StartWithLinkAsync(host);

        using var used = await host.Anonymous.PostAsync(new Uri(path, UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.OK, used.StatusCode);
        Assert.Contains("Bedankt", await used.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await host.Client.RaiseEventAsync(id, TestOrchestrations.Marker, "marker");
        var done = await host.WaitUntilAsync(id, m => m.IsCompleted);
        var answer = JsonDocument.Parse(done.SerializedOutput!).RootElement;
        Assert.Equal("applying", answer.GetProperty("action").GetString());
        Assert.Equal("carla-stortelder", answer.GetProperty("recipient").GetString());
        Assert.Equal(host.Clock.GetUtcNow(), answer.GetProperty("at").GetDateTimeOffset());
    }

    [Fact]
    public async Task A_used_link_is_refused_and_raises_nothing_more_also_when_two_requests_race()
    {
        await using var host = await ApiHost.StartAsync(azurite);
        var (id, path) = await StartWithLinkAsync(host);

        var racing = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => host.Anonymous.PostAsync(new Uri(path, UriKind.Relative), null)));
        using var again = await host.Anonymous.PostAsync(new Uri(path, UriKind.Relative), null);
        using var look = await host.Anonymous.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Single(racing, r => r.StatusCode == HttpStatusCode.OK);
        Assert.Equal(3, racing.Count(r => r.StatusCode == HttpStatusCode.Gone));
        Assert.Equal(HttpStatusCode.Gone, again.StatusCode);
        Assert.Contains("al gebruikt", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Gone, look.StatusCode);
        Assert.Equal(["answer", TestOrchestrations.Marker], await host.EventsBeforeMarkerAsync(id));
        foreach (var response in racing)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task A_tampered_link_is_refused_reveals_nothing_and_changes_nothing()
    {
        await using var host = await ApiHost.StartAsync(azurite);
        var (id, path) = await StartWithLinkAsync(host);
        string token = path[ActionLinks.PathPrefix.Length..];
        int dot = token.IndexOf('.', StringComparison.Ordinal);
        var links = host.Services.GetRequiredService<ActionLinks>();
        string forged = links.CreateToken(new ActionLink(id, "answer", "declined", "carla-stortelder", host.Clock.GetUtcNow().AddDays(1)));
        var tampered = new[]
        {
            Flip(token, 3),                                        // payload changed
            Flip(token, token.Length - 2),                         // signature changed
            token[..dot] + forged[forged.IndexOf('.', StringComparison.Ordinal)..], // someone else's signature
            token[..dot],                                          // no signature
            token + ".x",
        };

        foreach (string bad in tampered)
        {
            using var get = await host.Anonymous.GetAsync(new Uri(ActionLinks.PathPrefix + bad, UriKind.Relative));
            using var post = await host.Anonymous.PostAsync(new Uri(ActionLinks.PathPrefix + bad, UriKind.Relative), null);
            Assert.Equal(HttpStatusCode.BadRequest, get.StatusCode);
            Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
            string html = await post.Content.ReadAsStringAsync();
            Assert.Contains("ongeldig", html, StringComparison.Ordinal);
            Assert.DoesNotContain(id, html, StringComparison.Ordinal);
            Assert.DoesNotContain("carla", html, StringComparison.Ordinal);
        }

        Assert.Equal([TestOrchestrations.Marker], await host.EventsBeforeMarkerAsync(id));
    }

    [Fact]
    public async Task A_correctly_signed_link_whose_expiry_no_date_can_hold_is_invalid_and_changes_nothing()
    {
        await using var host = await ApiHost.StartAsync(azurite);
        var (id, _) = await StartWithLinkAsync(host);
        byte[] key = host.Services.GetRequiredService<LinkSigningKey>().Bytes;

        foreach (long expiry in new[] { 1L << 62, -(1L << 62) })
        {
            // Signed like ActionLinks signs (HMAC-SHA256 over "v1." + payload): only the expiry is out of range.
            byte[] body = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
            {
                ["i"] = id, ["e"] = "answer", ["a"] = "applying", ["r"] = "carla-stortelder", ["x"] = expiry, ["n"] = "0123456789abcdef",
            });
            byte[] signed = [.. "v1."u8, .. body];
            byte[] signature = System.Security.Cryptography.HMACSHA256.HashData(key, signed);
            string token = $"{System.Buffers.Text.Base64Url.EncodeToString(body)}.{System.Buffers.Text.Base64Url.EncodeToString(signature)}";

            using var get = await host.Anonymous.GetAsync(new Uri(ActionLinks.PathPrefix + token, UriKind.Relative));
            using var post = await host.Anonymous.PostAsync(new Uri(ActionLinks.PathPrefix + token, UriKind.Relative), null);

            Assert.Equal(HttpStatusCode.BadRequest, get.StatusCode);
            Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
            Assert.Contains("ongeldig", await post.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal([TestOrchestrations.Marker], await host.EventsBeforeMarkerAsync(id));
    }

    [Fact]
    public async Task An_expired_link_is_refused_and_changes_nothing()
    {
        await using var host = await ApiHost.StartAsync(azurite);
        var (id, path) = await StartWithLinkAsync(host);

        host.Clock.Advance(TimeSpan.FromDays(14));
        using var get = await host.Anonymous.GetAsync(new Uri(path, UriKind.Relative));
        using var post = await host.Anonymous.PostAsync(new Uri(path, UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.Gone, get.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, post.StatusCode);
        string html = await post.Content.ReadAsStringAsync();
        Assert.Contains("verlopen", html, StringComparison.Ordinal);
        Assert.DoesNotContain(id, html, StringComparison.Ordinal);
        Assert.Equal([TestOrchestrations.Marker], await host.EventsBeforeMarkerAsync(id));
    }

    [Fact]
    public async Task A_link_to_a_finished_instance_is_refused_and_stays_unused()
    {
        await using var host = await ApiHost.StartAsync(azurite);
        var (id, path) = await StartWithLinkAsync(host);
        await host.Client.TerminateInstanceAsync(id, "klaar");
        await host.WaitUntilAsync(id, m => m.IsCompleted);

        using var get = await host.Anonymous.GetAsync(new Uri(path, UriKind.Relative));
        using var post = await host.Anonymous.PostAsync(new Uri(path, UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.Gone, get.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, post.StatusCode);
        Assert.Contains("niet meer mogelijk", await post.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("answer", await host.RaisedEventsAsync(id));
    }

    [Fact]
    public async Task The_link_endpoint_is_rate_limited_per_client_with_Retry_After()
    {
        await using var host = await ApiHost.StartAsync(azurite, linkPermits: 3);
        var (_, path) = await StartWithLinkAsync(host);

        for (int i = 0; i < 3; i++)
        {
            using var allowed = await host.Anonymous.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var limited = await host.Anonymous.PostAsync(new Uri(path, UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Contains("te veel verzoeken", await limited.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The rest of the API is not limited by the links' budget.
        using var api = await host.Http.GetAsync(new Uri("/api/instances", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
    }

    [Fact]
    public async Task Standalone_a_forged_forwarded_for_header_does_not_escape_the_limit()
    {
        await using var host = await ApiHost.StartAsync(azurite, linkPermits: 2);

        var statuses = new List<HttpStatusCode>();
        foreach (string forwarded in new[] { "198.51.100.1", "198.51.100.2", "198.51.100.3" })
        {
            statuses.Add(await GetLinkAsync(host, forwarded));
        }

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task Under_the_Functions_host_clients_are_told_apart_by_the_address_its_front_end_forwarded()
    {
        await using var host = await ApiHost.StartAsync(
            azurite,
            services => services.PostConfigure<Workflows.Host.Api.WorkflowsApiOptions>(o => o.AuthenticatedByFunctionsHost = true),
            linkPermits: 2);

        var first = new List<HttpStatusCode>();
        for (int i = 0; i < 3; i++)
        {
            first.Add(await GetLinkAsync(host, $"10.9.9.{i}, 203.0.113.7:5123{i}"));
        }

        var other = await GetLinkAsync(host, "203.0.113.8:40000");

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests], first);
        Assert.Equal(HttpStatusCode.BadRequest, other);
    }

    [Fact]
    public void Tokens_are_url_safe_distinct_and_round_trip()
    {
        var links = new ActionLinks(new LinkSigningKey(Microsoft.Extensions.Options.Options.Create(new Workflows.Host.Api.WorkflowsApiOptions()), Microsoft.Extensions.Logging.Abstractions.NullLogger<LinkSigningKey>.Instance).Bytes, TimeProvider.System, new Uri("https://profijt.example/app"));
        var link = new ActionLink("subsidie/ronde?1", "answer", "acknowledged", "ilse-hulshof", DateTimeOffset.UtcNow.AddDays(3));

        string first = links.CreateToken(link);
        string second = links.CreateToken(link);

        Assert.NotEqual(first, second);
        Assert.Matches("^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$", first);
        var verified = links.Verify(first);
        Assert.Equal(ActionLinkStatus.Valid, verified.Status);
        Assert.StartsWith("https://profijt.example/app/api/links/", links.CreateUrl(link).AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal(link with { ExpiresAt = DateTimeOffset.FromUnixTimeSeconds(link.ExpiresAt.ToUnixTimeSeconds()) }, verified.Link);
    }

    [Fact]
    public void A_configured_signing_key_must_be_base64_of_32_bytes()
    {
        static LinkSigningKey Key(string value) => new(
            Microsoft.Extensions.Options.Options.Create(new Workflows.Host.Api.WorkflowsApiOptions { LinkSigningKey = value }),
            Microsoft.Extensions.Logging.Abstractions.NullLogger<LinkSigningKey>.Instance);

        var shortKey = Assert.Throws<InvalidOperationException>(() => Key(Convert.ToBase64String(new byte[16])));
        Assert.Throws<InvalidOperationException>(() => Key("not base64 at all!"));
        Assert.Equal(32, Key(Convert.ToBase64String(new byte[32])).Bytes.Length);
        Assert.DoesNotContain(Convert.ToBase64String(new byte[16]), shortKey.Message, StringComparison.Ordinal);
    }

    private static async Task<(string Id, string Path)> StartWithLinkAsync(ApiHost host)
    {
        string id = await host.Client.ScheduleNewOrchestrationInstanceAsync(TestOrchestrations.LinkTarget);
        await host.WaitUntilAsync(id, m => m.RuntimeStatus == OrchestrationRuntimeStatus.Running);
        var links = host.Services.GetRequiredService<ActionLinks>();
        return (id, links.CreatePath(new ActionLink(id, "answer", "applying", "carla-stortelder", host.Clock.GetUtcNow().AddDays(7))));
    }

    private static async Task<HttpStatusCode> GetLinkAsync(ApiHost host, string forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, ActionLinks.PathPrefix + "not-a-token");
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        using var response = await host.Anonymous.SendAsync(request);
        return response.StatusCode;
    }

    private static string Flip(string token, int index)
    {
        char replacement = token[index] == 'A' ? 'B' : 'A';
        return token[..index] + replacement + token[(index + 1)..];
    }
}
