using System.Buffers.Text;
using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Workflows.Testing;

namespace Workflows.Host.Tests.Api;

/// <summary>
/// Bearer tokens against a local OpenID Connect authority (discovery document and signing keys served over
/// real HTTP), as Entra ID serves them.
/// </summary>
[Collection("api-azurite")]
public sealed class EntraIdTests(AzuriteFixture azurite)
{
    private const string Audience = "api://workflows-test";

    [Fact]
    public async Task A_token_of_the_authority_for_the_audience_is_let_in_others_are_401()
    {
        using var rsa = RSA.Create(2048);
        await using var authority = await StartAuthorityAsync(rsa);
        string issuer = authority.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        await using var host = await ApiHost.StartAsync(azurite, settings: new Dictionary<string, string?>
        {
            ["Workflows:Auth:Authority"] = issuer,
            ["Workflows:Auth:Audience"] = Audience,
        });
        var key = new RsaSecurityKey(rsa) { KeyId = "k1" };
        using var otherRsa = RSA.Create(2048);

        Assert.Equal(HttpStatusCode.OK, await CallAsync(host, Token(key, issuer, Audience, DateTime.UtcNow.AddMinutes(10))));
        Assert.Equal(HttpStatusCode.OK, await CallAsync(host, Token(key, issuer, Audience, DateTime.UtcNow.AddMinutes(10), new Claim("scp", "User.Read Workflows.Manage"))));

        // Entra ID gives any app or user of the tenant a token for the audience; without the API's role it is refused.
        Assert.Equal(HttpStatusCode.Unauthorized, await CallAsync(host, Token(key, issuer, Audience, DateTime.UtcNow.AddMinutes(10), [])));
        Assert.Equal(HttpStatusCode.Unauthorized, await CallAsync(host, Token(key, issuer, Audience, DateTime.UtcNow.AddMinutes(10), new Claim("roles", "Workflows.Read"))));
        Assert.Equal(HttpStatusCode.Unauthorized, await CallAsync(host, Token(key, issuer, Audience, DateTime.UtcNow.AddMinutes(10), new Claim("scp", "Workflows.Manage.All"))));
        Assert.Equal(HttpStatusCode.Unauthorized, await CallAsync(host, Token(key, issuer, "api://someone-else", DateTime.UtcNow.AddMinutes(10))));
        Assert.Equal(HttpStatusCode.Unauthorized, await CallAsync(host, Token(key, issuer, Audience, DateTime.UtcNow.AddMinutes(-10))));
        Assert.Equal(HttpStatusCode.Unauthorized, await CallAsync(host, Token(new RsaSecurityKey(otherRsa) { KeyId = "k1" }, issuer, Audience, DateTime.UtcNow.AddMinutes(10))));

        using var invalid = new HttpRequestMessage(HttpMethod.Get, "/api/instances");
        invalid.Headers.Authorization = ApiHost.Bearer("not-a-jwt");
        await ApiHost.ProblemAsync(await host.Anonymous.SendAsync(invalid), 401);

        // The key still works beside bearer tokens.
        Assert.Equal(HttpStatusCode.OK, (await host.Http.GetAsync(new Uri("/api/instances", UriKind.Relative))).StatusCode);
    }

    private static async Task<HttpStatusCode> CallAsync(ApiHost host, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/instances");
        request.Headers.Authorization = ApiHost.Bearer(token);
        using var response = await host.Anonymous.SendAsync(request);
        return response.StatusCode;
    }

    private static string Token(SecurityKey key, string issuer, string audience, DateTime expires)
        => Token(key, issuer, audience, expires, new Claim("roles", "Workflows.Manage"));

    private static string Token(SecurityKey key, string issuer, string audience, DateTime expires, params Claim[] grants) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = issuer,
        Audience = audience,
        Subject = new ClaimsIdentity([new Claim("sub", "coordinator"), .. grants]),
        NotBefore = expires.AddMinutes(-30),
        IssuedAt = expires.AddMinutes(-30),
        Expires = expires,
        SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
    });

    private static async Task<WebApplication> StartAuthorityAsync(RSA rsa)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.AddFilter(_ => false);
        var app = builder.Build();
        var parameters = rsa.ExportParameters(includePrivateParameters: false);
        app.MapGet("/.well-known/openid-configuration", (HttpContext context) =>
        {
            string self = $"{context.Request.Scheme}://{context.Request.Host}";
            return Results.Json(new Dictionary<string, object> { ["issuer"] = self, ["jwks_uri"] = self + "/keys" });
        });
        app.MapGet("/keys", () => Results.Json(new
        {
            keys = new[]
            {
                new Dictionary<string, string> { ["kty"] = "RSA", ["use"] = "sig", ["kid"] = "k1", ["n"] = Base64Url.EncodeToString(parameters.Modulus), ["e"] = Base64Url.EncodeToString(parameters.Exponent) },
            },
        }));
        await app.StartAsync();
        return app;
    }
}
