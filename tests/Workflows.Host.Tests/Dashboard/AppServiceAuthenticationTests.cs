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
        await using var host = await DashboardHost.StartAsync(azurite, responsesFile: "", settings: new Dictionary<string, string?> { ["Workflows:Dashboard:TrustAppServiceAuthentication"] = "true" });

        using var coordinator = await GetAsync(host, Principal(("roles", "Workflows.Manage"), ("name", "coordinator@profijt.example")));
        using var colleague = await GetAsync(host, Principal(("roles", "Something.Else")));
        using var garbage = await GetAsync(host, "not base64 at all");

        Assert.Equal(HttpStatusCode.OK, coordinator.StatusCode);
        Assert.Contains("<h1>Overzicht</h1>", await coordinator.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, colleague.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, garbage.StatusCode);
    }

    [Fact]
    public async Task The_header_means_nothing_unless_app_service_authentication_is_trusted()
    {
        await using var host = await DashboardHost.StartAsync(azurite, responsesFile: "");

        using var response = await GetAsync(host, Principal(("roles", "Workflows.Manage")));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/dashboard/login", response.Headers.Location?.OriginalString);
    }

    private static async Task<HttpResponseMessage> GetAsync(DashboardHost host, string principal)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "dashboard");
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
