using System.Net;
using System.Text;
using System.Text.Json;
using Workflows.Testing;

namespace Workflows.Host.Tests.Dashboard;

/// <summary>
/// In Azure, App Service Authentication signs coordinators in with Entra ID and passes the principal in a header the
/// platform guarantees; the dashboard trusts it only when told to, and only with the app role.
/// </summary>
[Collection("dashboard-azurite")]
public sealed class AppServiceAuthenticationTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_principal_with_the_app_role_is_signed_in_one_without_it_is_refused_when_trusted()
    {
        await using var host = await DashboardHost.StartAsync(azurite, responsesFile: "", settings: new Dictionary<string, string?>
        {
            ["Workflows:Dashboard:TrustAppServiceAuthentication"] = "true",
            ["WEBSITE_AUTH_ENABLED"] = "True",
        });

        using var coordinator = await GetAsync(host, Principal(("roles", "Workflows.Manage"), ("name", "coordinator@profijt.example")));
        using var colleague = await GetAsync(host, Principal(("roles", "Something.Else")));
        using var garbage = await GetAsync(host, "not base64 at all");

        Assert.Equal(HttpStatusCode.OK, coordinator.StatusCode);
        Assert.Contains("<h1>Overzicht</h1>", await coordinator.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, colleague.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, garbage.StatusCode);
    }

    [Fact]
    public async Task The_principals_address_names_the_coordinator_who_brings_an_agenda_item_in()
    {
        await using var host = await DashboardHost.StartAsync(azurite, responsesFile: "", settings: new Dictionary<string, string?>
        {
            ["Workflows:Dashboard:TrustAppServiceAuthentication"] = "true",
            ["WEBSITE_AUTH_ENABLED"] = "True",
        });
        const string Agenda = "dashboard/series/directieberaad/occurrences/2027-01-19/agenda";

        using var wim = await GetAsync(host, Principal(("roles", "Workflows.Manage"), ("name", "Wim"), ("preferred_username", "Wim.Heijink@profijt.example")), Agenda);
        using var stranger = await GetAsync(host, Principal(("roles", "Workflows.Manage"), ("preferred_username", "iemand@elders.example")), Agenda);

        var known = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await wim.Content.ReadAsStringAsync());
        Assert.Equal("Ingebracht door Wim Heijink", known.QuerySelector("#add form p:not(.hint)")!.TextContent);
        Assert.Null(known.QuerySelector("#add-who"));
        var unknown = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await stranger.Content.ReadAsStringAsync());
        Assert.Equal(["coordinator-hilde", "coordinator-wim"], unknown.QuerySelectorAll("#add-who option").Select(o => o.GetAttribute("value")));
    }

    [Theory]
    [InlineData(null, "True")]
    [InlineData("true", null)]
    [InlineData("true", "False")]
    public async Task The_header_means_nothing_unless_trusted_and_the_platform_says_its_authentication_is_on(string? trust, string? platform)
    {
        await using var host = await DashboardHost.StartAsync(azurite, responsesFile: "", settings: new Dictionary<string, string?>
        {
            ["Workflows:Dashboard:TrustAppServiceAuthentication"] = trust,
            ["WEBSITE_AUTH_ENABLED"] = platform,
        });

        using var response = await GetAsync(host, Principal(("roles", "Workflows.Manage")));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/dashboard/login", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Signing_out_an_entra_user_goes_through_app_service_authentications_own_sign_out()
    {
        await using var host = await DashboardHost.StartAsync(azurite, responsesFile: "", settings: new Dictionary<string, string?>
        {
            ["Workflows:Dashboard:TrustAppServiceAuthentication"] = "true",
            ["WEBSITE_AUTH_ENABLED"] = "True",
        });
        string principal = Principal(("roles", "Workflows.Manage"));
        using var page = await GetAsync(host, principal);
        string token = DashboardHost.CsrfToken(await page.Content.ReadAsStringAsync());
        var cookies = page.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]);

        using var request = new HttpRequestMessage(HttpMethod.Post, "dashboard/logout") { Content = new FormUrlEncodedContent([new("__csrf", token)]) };
        request.Headers.Add("X-MS-CLIENT-PRINCIPAL", principal);
        request.Headers.Add("Cookie", string.Join("; ", cookies));
        using var response = await host.Anonymous.SendAsync(request);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/.auth/logout?post_logout_redirect_uri=/dashboard", response.Headers.Location?.OriginalString);
    }

    private static async Task<HttpResponseMessage> GetAsync(DashboardHost host, string principal, string path = "dashboard")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("X-MS-CLIENT-PRINCIPAL", principal);
        return await host.Anonymous.SendAsync(request);
    }

    private static string Principal(params (string Type, string Value)[] claims)
        => Convert.ToBase64String(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new
        {
            auth_typ = "aad",
            claims = claims.Select(c => new { typ = c.Type, val = c.Value }),
            name_typ = "name",
            role_typ = "roles",
        })));
}
