using Workflows.Messaging.Graph;

namespace Workflows.Messaging.Tests.Graph;

public sealed class GraphHelpersTests
{
    [Theory]
    [InlineData("https://graph.microsoft.com/v1.0/users/organizer%40profijt.example/events", "organizer@profijt.example")]
    [InlineData("https://graph.microsoft.com/v1.0/users/Organizer@Profijt.example/sendMail", "organizer@profijt.example")]
    [InlineData("https://graph.microsoft.com/v1.0/me/events", null)]
    public void Mailbox_IsTheUsersSegment(string url, string? expected) =>
        Assert.Equal(expected, GraphPath.Mailbox(new Uri(url)));

    [Theory]
    [InlineData("https://graph.microsoft.com/v1.0/users/a%40b.nl/events/AAMk%3D%3D/cancel", "/v1.0/users/{id}/events/{id}/cancel")]
    [InlineData("https://graph.microsoft.com/v1.0/users/a%40b.nl/calendarView?startDateTime=x", "/v1.0/users/{id}/calendarView")]
    [InlineData("https://graph.microsoft.com/v1.0/users/a%40b.nl/sendMail", "/v1.0/users/{id}/sendMail")]
    public void Template_HidesIdsAndAddresses(string url, string expected) =>
        Assert.Equal(expected, GraphPath.Template(new Uri(url)));

    [Theory]
    [InlineData("directieberaad-2026-10-13")]
    [InlineData("instance:abc.123_x")]
    public void TransactionId_PlainShortKeys_PassUnchanged(string key) =>
        Assert.Equal(key, GraphTransactionId.From(key));

    [Theory]
    [InlineData("met spatie")]
    [InlineData("wf-looks-like-a-hash")]
    [InlineData("ü")]
    public void TransactionId_OtherKeys_AreHashedStably(string key)
    {
        var id = GraphTransactionId.From(key);

        Assert.Matches("^wf-[0-9a-f]{40}$", id);
        Assert.Equal(id, GraphTransactionId.From(key));
        Assert.NotEqual(id, GraphTransactionId.From(key + "."));
    }

    [Fact]
    public void TransactionId_LongKey_IsHashed()
    {
        var key = new string('a', GraphTransactionId.MaxPlainLength + 1);

        Assert.Equal(GraphTransactionId.MaxPlainLength, GraphTransactionId.From(key[1..]).Length);
        Assert.Matches("^wf-[0-9a-f]{40}$", GraphTransactionId.From(key));
    }

    [Theory]
    [InlineData(429, "/v1.0/users/a/events", true)]
    [InlineData(503, "/v1.0/users/a/events", true)]
    [InlineData(504, "/v1.0/users/a/events", true)]
    [InlineData(504, "/v1.0/users/a/sendMail", false)]
    [InlineData(503, "/v1.0/users/a/sendMail", true)]
    [InlineData(500, "/v1.0/users/a/events", false)]
    [InlineData(403, "/v1.0/users/a/events", false)]
    public void Retry_On429_503_504_ButNot504ToSendMail(int status, string path, bool retried)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("https://graph.microsoft.com" + path));
        using var response = new HttpResponseMessage((System.Net.HttpStatusCode)status) { RequestMessage = request };

        Assert.Equal(retried, GraphMessagingClientFactory.ShouldRetry(response));
    }
}
