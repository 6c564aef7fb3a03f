using System.Net;
using System.Text;
using Workflows.Testing;

namespace Workflows.Host.Tests.Dashboard;

/// <summary>
/// A post whose form the reader refuses (a field name over 2048 characters, a body that says multipart but is not,
/// an escaped NUL) is refused with the form-expired page (400), not a 500, and changes nothing. Found by the fuzz test.
/// </summary>
[Collection("dashboard-azurite")]
public sealed class UnreadableFormTests(AzuriteFixture azurite) : DashboardHostTests(azurite)
{
    private const string Cancel = "dashboard/series/directieberaad/occurrences/2026-09-15/cancel";

    public static TheoryData<string, string> Bodies => new()
    {
        { "application/x-www-form-urlencoded", "reason=Studiedag&" + new string('k', 3000) + "=x&confirmed=yes" },
        { "multipart/form-data; boundary=x", "4611686018427387904" },
        { "application/x-www-form-urlencoded", "reason=a%00b&confirmed=yes" },
        { "multipart/form-data; boundary=x", new string('a', 20_000) + "\r\n--x\r\nContent-Disposition: form-data; name=\"reason\"\r\n\r\nStudiedag\r\n--x--\r\n" },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task An_unreadable_form_is_400_and_changes_nothing(string contentType, string body)
    {
        using var session = Host.NewSession(out _);
        await DashboardHost.SignInAsync(session);
        string csrf = DashboardHost.CsrfToken(await session.GetStringAsync(new Uri(Cancel, UriKind.Relative)));
        int files = Host.OutboxFiles().Count;

        // Signed in, the CSRF check finds no token in the (empty) form and refuses it.
        using (var response = await PostAsync(session, body.Replace("reason=", $"__csrf={Uri.EscapeDataString(csrf)}&reason=", StringComparison.Ordinal), contentType))
        {
            string page = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {page}");
            Assert.Contains("Er is niets veranderd.", page, StringComparison.Ordinal);
        }

        // With the key header (no CSRF check) the action sees an empty form: at most the confirmation page.
        using (var response = await PostAsync(Host.Http, body, contentType))
        {
            Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        await Host.DrainAsync();
        Assert.Equal(files, Host.OutboxFiles().Count);
        Assert.DoesNotContain("Studiedag", await Host.GetPageAsync("dashboard"), StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string body, string contentType)
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return await client.PostAsync(new Uri(Cancel, UriKind.Relative), content);
    }
}
