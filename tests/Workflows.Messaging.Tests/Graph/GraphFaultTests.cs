namespace Workflows.Messaging.Tests.Graph;

[Collection(GraphTestGroup.Name)]
public sealed class GraphFaultTests
{
    [Fact]
    public async Task Throttled_RetriesAfterRetryAfter_AndCountsTheThrottle()
    {
        using var meter = new GraphMeterRecorder();
        await using var graph = await GraphHarness.StartAsync();
        graph.Server.AddFault(new FakeFault("POST", "/events", 429, "ApplicationThrottled", RetryAfter: "1"));

        var created = await graph.Gateway.CreateEventAsync(GraphSamples.Meeting());

        var requests = graph.Server.Requests;
        Assert.Equal(2, requests.Count);
        Assert.All(requests, r => Assert.Equal("POST", r.Method));
        Assert.Null(requests[0].Header("Retry-Attempt"));
        Assert.Equal("1", requests[1].Header("Retry-Attempt"));
        Assert.Equal(Assert.Single(graph.Server.Events).Id, created.EventId);
        Assert.Equal(2, meter.Total("workflows.messaging.graph.requests"));
        Assert.Equal(1, meter.Total("workflows.messaging.graph.throttled"));
        Assert.Equal(1, meter.Total("workflows.messaging.graph.failures"));
        Assert.Contains(graph.Logs.Lines, l => l.EventId == 4102 && l.Message.Contains("Retry-After 1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ServiceUnavailable_ThenSuccess_CreatesOneEvent()
    {
        await using var graph = await GraphHarness.StartAsync();
        graph.Server.AddFault(new FakeFault("POST", "/events", 503, "ServiceUnavailable"));

        var created = await graph.Gateway.CreateEventAsync(GraphSamples.Meeting());

        Assert.Equal(2, graph.Server.Requests.Count);
        Assert.Equal(Assert.Single(graph.Server.Events).Id, created.EventId);
    }

    [Fact]
    public async Task ServiceUnavailable_Always_IsTransient_AfterLookingForTheEvent()
    {
        await using var graph = await GraphHarness.StartAsync(o => o with { MaxRetries = 2 });
        graph.Server.AddFault(new FakeFault("POST", "/events", 503, "ServiceUnavailable") { Times = 100 });

        var failure = await Assert.ThrowsAsync<MessageDeliveryException>(() => graph.Gateway.CreateEventAsync(GraphSamples.Meeting()));

        Assert.True(failure.IsTransient);
        Assert.Equal(503, failure.StatusCode);
        Assert.Equal("RetriesExhausted", failure.ErrorCode);
        // 1 + 2 retries, a look in the calendar (nothing there), then one more create with 2 retries.
        Assert.Equal(
            ["POST", "POST", "POST", "GET", "POST", "POST", "POST"],
            graph.Server.Requests.Select(r => r.Method));
        Assert.Empty(graph.Server.Events);
    }

    [Fact]
    public async Task Timeout_AfterTheServerCreatedTheEvent_FindsItInsteadOfCreatingAnother()
    {
        await using var graph = await GraphHarness.StartAsync(o => o with { RequestTimeout = TimeSpan.FromSeconds(1) });
        graph.Server.DelayNextCreateReply = TimeSpan.FromSeconds(30);

        var created = await graph.Gateway.CreateEventAsync(GraphSamples.Meeting());

        var stored = Assert.Single(graph.Server.Events);
        Assert.Equal(new CalendarEventRef(GraphHarness.Organizer, stored.Id, stored.ICalUId, 0), created);
        var requests = graph.Server.Requests;
        Assert.Equal(2, requests.Count);
        Assert.Equal(("POST", "/v1.0/users/organizer%40profijt.example/events"), (requests[0].Method, requests[0].Path));
        Assert.Equal(("GET", "/v1.0/users/organizer%40profijt.example/calendarView"), (requests[1].Method, requests[1].Path));
        Assert.Equal(
            "?endDateTime=2026-10-13T15%3A00%3A00Z&startDateTime=2026-10-13T13%3A00%3A00Z&$select=id,iCalUId,transactionId&$top=100",
            requests[1].Query);
        Assert.Equal("Bearer " + StaticTokenCredential.Token, requests[1].Header("Authorization"));
        Assert.Contains(graph.Logs.Lines, l => l.EventId == 4111);
    }

    [Fact]
    public async Task Timeout_BeforeTheServerCreatedAnything_CreatesAfterLooking()
    {
        await using var graph = await GraphHarness.StartAsync(o => o with { RequestTimeout = TimeSpan.FromSeconds(1) });
        using (graph.Server.Hold(GraphHarness.Organizer))
        {
            // Held requests never reach the endpoint: the first create times out without an event being made.
            var attempt = graph.Gateway.CreateEventAsync(GraphSamples.Meeting());
            await Assert.ThrowsAsync<MessageDeliveryException>(() => attempt);
        }

        Assert.Empty(graph.Server.Events);
        var created = await graph.Gateway.CreateEventAsync(GraphSamples.Meeting());
        Assert.Equal(Assert.Single(graph.Server.Events).Id, created.EventId);
    }

    [Fact]
    public async Task AccessDenied_IsPermanent_WithGraphsCode_AndNotRetried()
    {
        using var meter = new GraphMeterRecorder();
        await using var graph = await GraphHarness.StartAsync();
        graph.Server.AddFault(new FakeFault("POST", "/events", 403, "ErrorAccessDenied"));

        var failure = await Assert.ThrowsAsync<MessageDeliveryException>(() => graph.Gateway.CreateEventAsync(GraphSamples.Meeting()));

        Assert.False(failure.IsTransient);
        Assert.Equal("ErrorAccessDenied", failure.ErrorCode);
        Assert.Equal(403, failure.StatusCode);
        Assert.Single(graph.Server.Requests);
        Assert.Empty(graph.Server.Events);
        Assert.Equal(1, meter.Total("workflows.messaging.graph.failures"));
        Assert.Contains(graph.Logs.Lines, l => l.EventId == 4120 && l.Message.Contains("ErrorAccessDenied", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BadRequest_OnSendMail_IsPermanent()
    {
        await using var graph = await GraphHarness.StartAsync();
        graph.Server.AddFault(new FakeFault("POST", "/sendMail", 400, "ErrorInvalidRecipients"));

        var failure = await Assert.ThrowsAsync<MessageDeliveryException>(() => graph.Gateway.SendMailAsync(GraphSamples.Mail()));

        Assert.False(failure.IsTransient);
        Assert.Equal("ErrorInvalidRecipients", failure.ErrorCode);
        Assert.Equal(400, failure.StatusCode);
        Assert.Single(graph.Server.Requests);
    }

    [Fact]
    public async Task PermanentFailure_KeepsGraphsMessage_WithoutTheAddressesInIt()
    {
        // The failure's message travels on: into the activity's failure, the instance history the API shows, logs.
        await using var graph = await GraphHarness.StartAsync();
        graph.Server.AddFault(new FakeFault("POST", "/sendMail", 400, "ErrorInvalidRecipients")
        {
            Message = "At least one recipient is not valid., Recipient 'directeur@element.example' is not resolved. Mailbox \"Organizer@Profijt.example\" denied.",
        });

        var failure = await Assert.ThrowsAsync<MessageDeliveryException>(() => graph.Gateway.SendMailAsync(GraphSamples.Mail()));

        Assert.Equal("ErrorInvalidRecipients", failure.ErrorCode);
        Assert.Contains("At least one recipient is not valid.", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Recipient '{address}' is not resolved", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("@", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Logs_NameNoAddressesSubjectsOrBodies()
    {
        await using var graph = await GraphHarness.StartAsync();
        graph.Server.AddFault(new FakeFault("POST", "/events", 429, "ApplicationThrottled", RetryAfter: "0"));
        graph.Server.AddFault(new FakeFault("POST", "/sendMail", 403, "ErrorAccessDenied"));

        var created = await graph.Gateway.CreateEventAsync(GraphSamples.Meeting());
        await graph.Gateway.GetResponsesAsync(created);
        await Assert.ThrowsAsync<MessageDeliveryException>(() => graph.Gateway.SendMailAsync(GraphSamples.Mail()));

        var lines = graph.Logs.Lines;
        Assert.Contains(lines, l => l.EventId == 4101 && l.Message.Contains("/v1.0/users/{id}/events/{id}", StringComparison.Ordinal));
        Assert.All(lines, l =>
        {
            Assert.DoesNotContain("@", l.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("profijt", l.Message, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Directieberaad", l.Message, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(created.EventId, l.Message, StringComparison.Ordinal);
        });
    }
}
