using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Host.Tests.Hosting;
using Workflows.Testing;

namespace Workflows.Host.Tests.Dashboard;

/// <summary>Who gets in: the login form's session cookie or the key header; nobody else, and no form without its CSRF token.</summary>
[Collection("dashboard-azurite")]
public sealed class DashboardAuthTests(AzuriteFixture azurite, SharedHost shared) : IClassFixture<SharedHost>, IAsyncLifetime
{
    private DashboardHost? _host;

    private DashboardHost Host => _host!;

    // One host for the class, on the small sample (what is tested is signing in; thirteen meeting cycles would cost
    // more than all the requests together). Each test signs in with a session of its own, and the failed sign-ins of
    // the shared tests (three at most) stay far below the limit of ten a minute. A test that changes what another
    // test reads (the key, the failure limit, the revoked-sessions table it counts) starts a host of its own.
    public async Task InitializeAsync() => _host = await shared.GetAsync(StartHostAsync);

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<DashboardHost> StartHostAsync() => DashboardHost.StartAsync(azurite, CliRun.Sample("element.yaml"), responsesFile: "");

    [Theory]
    [InlineData("dashboard")]
    [InlineData("dashboard/attendance")]
    [InlineData("dashboard/subsidies")]
    [InlineData("dashboard/convenants")]
    [InlineData("dashboard/operations")]
    public async Task An_unauthenticated_visit_is_sent_to_the_login_form_and_shows_nothing(string path)
    {
        using var response = await Host.Anonymous.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/dashboard/login", response.Headers.Location?.OriginalString);
        Assert.DoesNotContain("Het Element", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_key_header_is_refused_with_problem_details()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "dashboard");
        request.Headers.Add("x-functions-key", "not-the-key");
        using var response = await Host.Anonymous.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_key_header_opens_the_dashboard_with_security_headers()
    {
        using var response = await Host.Http.GetAsync(new Uri("dashboard", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1>Overzicht</h1>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.StartsWith("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_login_form_sets_an_http_only_strict_session_cookie_that_opens_every_tab()
    {
        using var session = Host.NewSession(out var cookies);
        await DashboardHost.SignInAsync(session);

        var cookie = cookies.GetAllCookies().Single(c => c.Name == "wf-session");
        Assert.True(cookie.HttpOnly);
        Assert.Equal("/dashboard", cookie.Path);
        using var login = await session.GetAsync(new Uri("dashboard/login", UriKind.Relative));
        foreach (string path in new[] { "dashboard", "dashboard/attendance", "dashboard/subsidies", "dashboard/convenants", "dashboard/operations" })
        {
            using var page = await session.GetAsync(new Uri(path, UriKind.Relative));
            Assert.True(page.StatusCode == HttpStatusCode.OK, $"{path}: {page.StatusCode}");
        }
    }

    [Fact]
    public async Task The_session_cookie_is_same_site_strict()
    {
        using var session = Host.NewSession(out _);
        string form = await session.GetStringAsync(new Uri("dashboard/login", UriKind.Relative));
        using var content = new FormUrlEncodedContent([new("__csrf", DashboardHost.CsrfToken(form)), new("apiKey", DashboardHost.Key)]);
        using var response = await session.PostAsync(new Uri("dashboard/login", UriKind.Relative), content);

        string setCookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("wf-session=", StringComparison.Ordinal));
        Assert.Contains("samesite=strict", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", setCookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Changing_the_api_key_ends_every_session_opened_with_the_old_one()
    {
        await using var host = await StartHostAsync();
        using var session = host.NewSession(out _);
        await DashboardHost.SignInAsync(session);
        using var before = await session.GetAsync(new Uri("dashboard", UriKind.Relative));

        var configuration = (Microsoft.Extensions.Configuration.IConfigurationRoot)host.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>();
        configuration["Workflows:ApiKey"] = "rotated-test-key-oX2egiTqX4L4iGUz-79je3can";
        configuration.Reload();
        using var after = await session.GetAsync(new Uri("dashboard", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Equal("/dashboard/login", after.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/dashboard\r\nSet-Cookie: x=1")]
    [InlineData("/dashboard/../../evil")]
    [InlineData("/dashboard/é")]
    [InlineData("https://evil.example/dashboard")]
    public async Task The_language_form_goes_back_only_to_a_plain_dashboard_path(string back)
    {
        using var session = Host.NewSession(out _);
        string page = await session.GetStringAsync(new Uri("dashboard/login", UriKind.Relative));

        using var content = new FormUrlEncodedContent([new("__csrf", DashboardHost.CsrfToken(page)), new("lang", "en"), new("back", back)]);
        using var response = await session.PostAsync(new Uri("dashboard/language", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/dashboard", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_json_post_to_the_login_with_the_key_header_is_an_ordinary_refusal_not_an_error()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "dashboard/login") { Content = new StringContent("{\"apiKey\":\"x\"}", System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Add("x-functions-key", DashboardHost.Key);
        using var response = await Host.Anonymous.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_path_that_only_becomes_a_dashboard_path_after_decoding_is_not_served()
    {
        // Sent as written: HttpClient would otherwise normalise the dot segments itself.
        using var client = new System.Net.Sockets.TcpClient();
        await client.ConnectAsync(Host.Address.Host, Host.Address.Port);
        using var stream = client.GetStream();
        byte[] request = System.Text.Encoding.ASCII.GetBytes($"GET /api/%2e%2e/dashboard HTTP/1.1\r\nHost: {Host.Address.Authority}\r\nx-functions-key: {DashboardHost.Key}\r\nConnection: close\r\n\r\n");
        await stream.WriteAsync(request);
        string response = await new StreamReader(stream).ReadToEndAsync();

        Assert.StartsWith("HTTP/1.1 404", response, StringComparison.Ordinal);
        Assert.DoesNotContain("Het Element", response, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_key_in_the_login_form_sets_no_session()
    {
        using var session = Host.NewSession(out var cookies);
        string form = await session.GetStringAsync(new Uri("dashboard/login", UriKind.Relative));
        using var content = new FormUrlEncodedContent([new("__csrf", DashboardHost.CsrfToken(form)), new("apiKey", "wrong")]);
        using var response = await session.PostAsync(new Uri("dashboard/login", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain(cookies.GetAllCookies(), c => c.Name == "wf-session");
        Assert.Contains("niet juist", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Guessing_the_key_through_the_login_form_is_slowed_down_even_the_right_key_waits()
    {
        await using var host = await StartHostAsync();

        // Signing in with the right key does not count: a coordinator who signs in often is never slowed down.
        for (int i = 0; i < 12; i++)
        {
            using var coordinator = host.NewSession(out _);
            await DashboardHost.SignInAsync(coordinator);
        }

        using var session = host.NewSession(out var cookies);
        string form = await session.GetStringAsync(new Uri("dashboard/login", UriKind.Relative));
        string token = DashboardHost.CsrfToken(form);
        var statuses = new List<HttpStatusCode>();
        for (int i = 0; i < 10; i++)
        {
            using var guess = new FormUrlEncodedContent([new("__csrf", token), new("apiKey", $"guess-{i}")]);
            using var refused = await session.PostAsync(new Uri("dashboard/login", UriKind.Relative), guess);
            statuses.Add(refused.StatusCode);
        }

        using var right = new FormUrlEncodedContent([new("__csrf", token), new("apiKey", DashboardHost.Key)]);
        using var response = await session.PostAsync(new Uri("dashboard/login", UriKind.Relative), right);

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.Unauthorized, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.DoesNotContain(cookies.GetAllCookies(), c => c.Name == "wf-session");
    }

    [Fact]
    public async Task Wrong_key_headers_and_wrong_form_keys_count_against_one_limit()
    {
        await using var host = await StartHostAsync();
        var statuses = new List<HttpStatusCode>();
        for (int i = 0; i < 5; i++)
        {
            using var header = new HttpRequestMessage(HttpMethod.Get, "dashboard");
            header.Headers.Add("x-functions-key", $"guess-{i}");
            using var refused = await host.Anonymous.SendAsync(header);
            statuses.Add(refused.StatusCode);
        }

        using var session = host.NewSession(out var cookies);
        string token = DashboardHost.CsrfToken(await session.GetStringAsync(new Uri("dashboard/login", UriKind.Relative)));
        for (int i = 5; i < 10; i++)
        {
            using var guess = new FormUrlEncodedContent([new("__csrf", token), new("apiKey", $"guess-{i}")]);
            using var refused = await session.PostAsync(new Uri("dashboard/login", UriKind.Relative), guess);
            statuses.Add(refused.StatusCode);
        }

        using var rightHeader = new HttpRequestMessage(HttpMethod.Get, "dashboard");
        rightHeader.Headers.Add("x-functions-key", DashboardHost.Key);
        using var headerAfter = await host.Anonymous.SendAsync(rightHeader);
        using var right = new FormUrlEncodedContent([new("__csrf", token), new("apiKey", DashboardHost.Key)]);
        using var formAfter = await session.PostAsync(new Uri("dashboard/login", UriKind.Relative), right);

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.Unauthorized, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, headerAfter.StatusCode);
        Assert.Equal("application/problem+json", headerAfter.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Te veel pogingen", await headerAfter.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(headerAfter.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal(HttpStatusCode.TooManyRequests, formAfter.StatusCode);
        Assert.DoesNotContain(cookies.GetAllCookies(), c => c.Name == "wf-session");
    }

    [Fact]
    public async Task A_form_posted_without_its_csrf_token_is_refused_even_with_a_session()
    {
        using var session = Host.NewSession(out _);
        await DashboardHost.SignInAsync(session);

        using var content = new FormUrlEncodedContent([new("lang", "en"), new("back", "/dashboard")]);
        using var response = await session.PostAsync(new Uri("dashboard/logout", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var still = await session.GetAsync(new Uri("dashboard", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, still.StatusCode);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        using var session = Host.NewSession(out _);
        await DashboardHost.SignInAsync(session);
        string page = await session.GetStringAsync(new Uri("dashboard", UriKind.Relative));

        using var content = new FormUrlEncodedContent([new("__csrf", DashboardHost.CsrfToken(page))]);
        using var response = await session.PostAsync(new Uri("dashboard/logout", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        using var after = await session.GetAsync(new Uri("dashboard", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    [Fact]
    public async Task A_copy_of_the_session_cookie_is_refused_after_signing_out_and_other_sessions_stay()
    {
        await using var host = await StartHostAsync();
        using var session = host.NewSession(out var cookies);
        await DashboardHost.SignInAsync(session);
        using var other = host.NewSession(out _);
        await DashboardHost.SignInAsync(other);
        string copied = cookies.GetAllCookies().Single(c => c.Name == "wf-session").Value;
        using var copy = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = host.Address };
        copy.DefaultRequestHeaders.Add("Cookie", "wf-session=" + copied);
        using var beforeSignOut = await copy.GetAsync(new Uri("dashboard", UriKind.Relative));
        string page = await session.GetStringAsync(new Uri("dashboard", UriKind.Relative));

        using var content = new FormUrlEncodedContent([new("__csrf", DashboardHost.CsrfToken(page))]);
        using var signOut = await session.PostAsync(new Uri("dashboard/logout", UriKind.Relative), content);
        using var afterSignOut = await copy.GetAsync(new Uri("dashboard", UriKind.Relative));
        using var stillSignedIn = await other.GetAsync(new Uri("dashboard", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, beforeSignOut.StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, afterSignOut.StatusCode);
        Assert.Equal("/dashboard/login", afterSignOut.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, stillSignedIn.StatusCode);

        // Recorded in storage (so every instance refuses it) until the session would have ended anyway.
        var table = new Azure.Data.Tables.TableClient(azurite.ConnectionString, host.HubName + "RevokedSessions");
        var row = Assert.Single(table.Query<Azure.Data.Tables.TableEntity>());
        var expires = row.GetDateTimeOffset("ExpiresAt");
        Assert.True(expires > DateTimeOffset.UtcNow.AddHours(11) && expires <= DateTimeOffset.UtcNow.AddHours(12), $"{expires}");
    }

    [Fact]
    public async Task English_is_selectable_and_remembered()
    {
        using var session = Host.NewSession(out _);
        await DashboardHost.SignInAsync(session);
        string page = await session.GetStringAsync(new Uri("dashboard", UriKind.Relative));

        using var content = new FormUrlEncodedContent([new("__csrf", DashboardHost.CsrfToken(page)), new("lang", "en"), new("back", "/dashboard/attendance")]);
        using var response = await session.PostAsync(new Uri("dashboard/language", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/dashboard/attendance", response.Headers.Location?.OriginalString);
        string english = await session.GetStringAsync(new Uri("dashboard", UriKind.Relative));
        Assert.Contains("<html lang=\"en\">", english, StringComparison.Ordinal);
        Assert.Contains("<h1>Overview</h1>", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_language_form_never_redirects_off_the_dashboard()
    {
        using var session = Host.NewSession(out _);
        string page = await session.GetStringAsync(new Uri("dashboard/login", UriKind.Relative));

        using var content = new FormUrlEncodedContent([new("__csrf", DashboardHost.CsrfToken(page)), new("lang", "en"), new("back", "//evil.example/dashboard")]);
        using var response = await session.PostAsync(new Uri("dashboard/language", UriKind.Relative), content);

        Assert.Equal("/dashboard", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_stylesheet_is_served_by_the_host_without_signing_in()
    {
        string login = await (await Host.Anonymous.GetAsync(new Uri("dashboard/login", UriKind.Relative))).Content.ReadAsStringAsync();
        string href = System.Text.RegularExpressions.Regex.Match(login, "href=\"(/dashboard/assets/dashboard.css\\?v=[0-9a-f]+)\"").Groups[1].Value;

        using var css = await Host.Anonymous.GetAsync(new Uri(href.TrimStart('/'), UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
        Assert.Contains(".chart", await css.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
