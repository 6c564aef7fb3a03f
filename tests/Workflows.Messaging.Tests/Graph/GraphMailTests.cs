namespace Workflows.Messaging.Tests.Graph;

[Collection(GraphTestGroup.Name)]
public sealed class GraphMailTests
{
    [Fact]
    public async Task SendMail_PostsHtmlMailWithAttachmentAndKeyHeader_ToTheSendersMailbox()
    {
        await using var graph = await GraphHarness.StartAsync();

        var receipt = await graph.Gateway.SendMailAsync(GraphSamples.Mail());

        var request = Assert.Single(graph.Server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v1.0/users/organizer%40profijt.example/sendMail", request.Path);
        Assert.Equal("Bearer " + StaticTokenCredential.Token, request.Header("Authorization"));
        Assert.StartsWith("application/json", request.Header("Content-Type"), StringComparison.Ordinal);
        // Action parameters go out as Graph's metadata names them (Message, SaveToSentItems), properties in camelCase.
        var ics = Convert.ToBase64String("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"u8);
        Assert.Equal(
            Json.Canonical($$"""
            {
              "Message": {
                "@odata.type": "#microsoft.graph.message",
                "subject": "Herinnering: directieberaad dinsdag 13 oktober 2026",
                "body": { "contentType": "html", "content": "<p>Graag uw reactie: <a href=\"https://example.test/rsvp?sig=abc\">ja</a></p>" },
                "toRecipients": [ { "emailAddress": { "address": "a.bakker@mbo-rijn.example", "name": "Anouk Bakker" } } ],
                "ccRecipients": [ { "emailAddress": { "address": "j.devries@vmbo-noord.example", "name": "Jan de Vries" } } ],
                "attachments": [
                  { "@odata.type": "#microsoft.graph.fileAttachment", "name": "uitnodiging.ics", "contentType": "text/calendar", "contentBytes": "{{ics}}" }
                ],
                "internetMessageHeaders": [ { "name": "X-Workflows-Idempotency-Key", "value": "reminder-2026-10-06" } ]
              },
              "SaveToSentItems": true
            }
            """),
            Json.Canonical(request.Body));
        Assert.Equal("reminder-2026-10-06", receipt.MessageId);
        Assert.Single(graph.Server.Mails);
    }

    [Fact]
    public async Task SendMail_RepeatedKey_IsSentOnce_AndGivesTheFirstReceipt()
    {
        await using var graph = await GraphHarness.StartAsync();

        var first = await graph.Gateway.SendMailAsync(GraphSamples.Mail());
        var second = await graph.Gateway.SendMailAsync(GraphSamples.Mail());
        var other = await graph.Gateway.SendMailAsync(GraphSamples.Mail("reminder-2026-10-07"));

        Assert.Equal(first, second);
        Assert.NotEqual(first.MessageId, other.MessageId);
        Assert.Equal(2, graph.Server.Requests.Count);
        Assert.Equal(2, graph.Server.Mails.Count);
    }

    [Fact]
    public async Task SendMail_FailedAttempt_IsNotRemembered()
    {
        await using var graph = await GraphHarness.StartAsync();
        graph.Server.AddFault(new FakeFault("POST", "/sendMail", 504, "GatewayTimeout"));

        await Assert.ThrowsAsync<MessageDeliveryException>(() => graph.Gateway.SendMailAsync(GraphSamples.Mail()));
        await graph.Gateway.SendMailAsync(GraphSamples.Mail());

        Assert.Equal(2, graph.Server.Requests.Count);
        Assert.Single(graph.Server.Mails);
    }

    [Fact]
    public async Task SendMail_WithoutRecipients_FailsPermanentlyWithoutCallingGraph()
    {
        await using var graph = await GraphHarness.StartAsync();

        var failure = await Assert.ThrowsAsync<MessageDeliveryException>(() => graph.Gateway.SendMailAsync(GraphSamples.Mail() with { To = [] }));

        Assert.False(failure.IsTransient);
        Assert.Equal("InvalidRequest", failure.ErrorCode);
        Assert.Empty(graph.Server.Requests);
    }

    [Fact]
    public async Task SendMail_GatewayTimeout_IsNotRetried_BecauseTheMailMayHaveLeft()
    {
        await using var graph = await GraphHarness.StartAsync();
        graph.Server.AddFault(new FakeFault("POST", "/sendMail", 504, "GatewayTimeout"));

        var failure = await Assert.ThrowsAsync<MessageDeliveryException>(() => graph.Gateway.SendMailAsync(GraphSamples.Mail()));

        Assert.True(failure.IsTransient);
        Assert.Equal(504, failure.StatusCode);
        Assert.Single(graph.Server.Requests);
    }

    [Fact]
    public async Task SendMail_ServiceUnavailable_IsRetried_AndSentOnce()
    {
        await using var graph = await GraphHarness.StartAsync();
        graph.Server.AddFault(new FakeFault("POST", "/sendMail", 503, "ServiceUnavailable"));

        await graph.Gateway.SendMailAsync(GraphSamples.Mail());

        Assert.Equal(2, graph.Server.Requests.Count);
        Assert.Single(graph.Server.Mails);
    }
}
