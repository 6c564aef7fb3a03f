using System.Buffers.Text;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using Workflows.Host.Api.Calendar;
using Workflows.Orchestrations.Links;

namespace Workflows.Host.Tests.Api;

/// <summary>The feed tokens on their own: what verifies, and what is refused (no host needed).</summary>
public sealed class CalendarFeedTokenTests
{
    private static readonly byte[] Key = Encoding.UTF8.GetBytes("a calendar feed test key, 32+ bytes long");

    [Fact]
    public void A_token_verifies_to_its_scope_and_anything_altered_or_signed_otherwise_is_refused()
    {
        var tokens = new CalendarFeedTokens(Key);
        var series = new CalendarFeedToken(CalendarFeedScope.Series, "directieberaad", 3);
        string token = tokens.Create(series);

        Assert.Equal(series, tokens.Verify(token));
        Assert.Equal(token, tokens.Create(series));
        Assert.Equal(new CalendarFeedToken(CalendarFeedScope.Person, "carla-stortelder", 1), tokens.Verify(tokens.Create(new CalendarFeedToken(CalendarFeedScope.Person, "carla-stortelder", 1))));
        Assert.StartsWith("https://workflows.example/api/calendar/", tokens.Url(new Uri("https://workflows.example"), series).AbsoluteUri, StringComparison.Ordinal);
        Assert.EndsWith(".ics", tokens.Url(new Uri("https://workflows.example"), series).AbsoluteUri, StringComparison.Ordinal);

        // Another payload under the old signature: another series, the person scope, an older version.
        string signature = token[(token.IndexOf('.', StringComparison.Ordinal) + 1)..];
        foreach (string payload in new[] { """{"k":"s","i":"klankbord-decanen","v":3}""", """{"k":"p","i":"directieberaad","v":3}""", """{"k":"s","i":"directieberaad","v":2}""" })
        {
            Assert.Null(tokens.Verify($"{Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload))}.{signature}"));
        }

        // One character changed anywhere, cut short, empty, another key, and an action link signed with the same key.
        for (int i = 0; i < token.Length; i++)
        {
            if (token[i] != '.')
            {
                char other = token[i] == 'A' ? 'B' : 'A';
                Assert.Null(tokens.Verify(token[..i] + other + token[(i + 1)..]));
            }
        }

        Assert.Null(tokens.Verify(token[..^2]));
        Assert.Null(tokens.Verify(""));
        Assert.Null(tokens.Verify(null));
        Assert.Null(tokens.Verify(new string('a', 5000)));
        Assert.Null(new CalendarFeedTokens(Encoding.UTF8.GetBytes("another calendar feed key, 32+ bytes long")).Verify(token));
        var links = new ActionLinks(Key, new FakeTimeProvider(DateTimeOffset.UnixEpoch), new Uri("https://workflows.example"));
        string link = links.CreateToken(new ActionLink("meeting:profijt:directieberaad", "e", "a", "carla-stortelder", DateTimeOffset.UnixEpoch.AddDays(1)));
        Assert.Null(tokens.Verify(link));
        Assert.Equal(ActionLinkStatus.Invalid, links.Verify(token).Status);
    }
}
