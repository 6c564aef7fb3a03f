namespace Workflows.Messaging.Tests.Graph;

[Collection(GraphTestGroup.Name)]
public sealed class GraphEventLifecycleTests
{
    [Fact]
    public async Task UpdateEvent_PatchesTheWholeEvent_AndRaisesTheSequence()
    {
        await using var graph = await GraphHarness.StartAsync();
        var created = await graph.Gateway.CreateEventAsync(GraphSamples.Meeting());
        var meeting = GraphSamples.Meeting();
        var update = new CalendarEventUpdate(
            "directieberaad-2026-10-13-moved",
            created,
            "Directieberaad (verplaatst)",
            new MessageBody("<p>Nieuwe tijd</p>", "Nieuwe tijd"),
            meeting.Start.AddHours(1),
            meeting.End.AddHours(1),
            "Europe/Amsterdam",
            [GraphSamples.Chair, GraphSamples.Director],
            null,
            MessageLabels.Of("meeting.rescheduled"));

        var updated = await graph.Gateway.UpdateEventAsync(update);

        var request = graph.Server.Requests[^1];
        Assert.Equal("PATCH", request.Method);
        Assert.Equal($"/v1.0/users/organizer%40profijt.example/events/{created.EventId}", request.Path);
        Assert.Equal("Bearer " + StaticTokenCredential.Token, request.Header("Authorization"));
        Assert.Equal(
            Json.Canonical("""
            {
              "@odata.type": "#microsoft.graph.event",
              "subject": "Directieberaad (verplaatst)",
              "body": { "contentType": "html", "content": "<p>Nieuwe tijd</p>" },
              "start": { "dateTime": "2026-10-13T16:00:00", "timeZone": "W. Europe Standard Time" },
              "end": { "dateTime": "2026-10-13T18:00:00", "timeZone": "W. Europe Standard Time" },
              "attendees": [
                { "emailAddress": { "address": "j.devries@vmbo-noord.example", "name": "Jan de Vries" }, "@odata.type": "#microsoft.graph.attendee", "type": "required" },
                { "emailAddress": { "address": "a.bakker@mbo-rijn.example", "name": "Anouk Bakker" }, "@odata.type": "#microsoft.graph.attendee", "type": "required" }
              ],
              "location": { "displayName": "" }
            }
            """),
            Json.Canonical(request.Body));
        Assert.Equal(created with { Sequence = 1 }, updated);
        var stored = Assert.Single(graph.Server.Events);
        Assert.Equal("2026-10-13T16:00:00", stored.Json["start"]!["dateTime"]!.GetValue<string>());
    }

    [Fact]
    public async Task UpdateEvent_UnknownEvent_FailsPermanentlyWithGraphsCode()
    {
        await using var graph = await GraphHarness.StartAsync();
        var meeting = GraphSamples.Meeting();
        var missing = new CalendarEventRef(GraphHarness.Organizer, "AAMk-missing", "uid", 0);

        var failure = await Assert.ThrowsAsync<MessageDeliveryException>(() => graph.Gateway.UpdateEventAsync(new CalendarEventUpdate(
            "k", missing, "x", meeting.Body, meeting.Start, meeting.End, meeting.TimeZone, meeting.Attendees, null, meeting.Labels)));

        Assert.False(failure.IsTransient);
        Assert.Equal("ErrorItemNotFound", failure.ErrorCode);
        Assert.Equal(404, failure.StatusCode);
        Assert.Single(graph.Server.Requests, r => r.Method == "PATCH");
    }

    [Fact]
    public async Task CancelEvent_PostsCancelWithTheComment_AndARepeatIsHarmless()
    {
        await using var graph = await GraphHarness.StartAsync();
        var created = await graph.Gateway.CreateEventAsync(GraphSamples.Meeting());
        var cancellation = new CalendarEventCancellation("cancel-1", created, "Geen quorum: het mbo kan niet.", MessageLabels.Of("meeting.cancelled"));

        await graph.Gateway.CancelEventAsync(cancellation);
        await graph.Gateway.CancelEventAsync(cancellation);

        // The repeat is answered from memory: Graph removed the event and would say 404.
        var cancel = Assert.Single(graph.Server.Requests, r => r.Path.EndsWith("/cancel", StringComparison.Ordinal));
        Assert.Equal("POST", cancel.Method);
        Assert.Equal($"/v1.0/users/organizer%40profijt.example/events/{created.EventId}/cancel", cancel.Path);
        Assert.Equal("Bearer " + StaticTokenCredential.Token, cancel.Header("Authorization"));
        // The cancel action's parameter, as Graph's metadata names it.
        Assert.Equal(Json.Canonical("""{ "Comment": "Geen quorum: het mbo kan niet." }"""), Json.Canonical(cancel.Body));
        var stored = Assert.Single(graph.Server.Events);
        Assert.True(stored.Cancelled);
        Assert.Equal("Geen quorum: het mbo kan niet.", stored.CancelComment);
    }

    [Fact]
    public async Task CancelEvent_UnknownEvent_FailsPermanently()
    {
        await using var graph = await GraphHarness.StartAsync();
        var unknown = new CalendarEventRef(GraphHarness.Organizer, "AAMk-missing", "uid", 0);

        var failure = await Assert.ThrowsAsync<MessageDeliveryException>(() => graph.Gateway.CancelEventAsync(
            new CalendarEventCancellation("cancel-unknown", unknown, "x", MessageLabels.Of("meeting.cancelled"))));

        Assert.False(failure.IsTransient);
        Assert.Equal("ErrorItemNotFound", failure.ErrorCode);
        Assert.Equal(404, failure.StatusCode);
    }

    [Fact]
    public async Task GetResponses_SelectsAttendees_AndMapsEveryAnswer()
    {
        await using var graph = await GraphHarness.StartAsync();
        var created = await graph.Gateway.CreateEventAsync(GraphSamples.Meeting() with
        {
            Attendees = [GraphSamples.Chair, GraphSamples.Director, GraphSamples.Guest, new Attendee("k.smit@vso.example", "Kim Smit")],
        });
        var at = new DateTimeOffset(2026, 10, 2, 9, 30, 0, TimeSpan.Zero);
        graph.Server.Respond(created.EventId, GraphSamples.Chair.Email, "accepted", at);
        graph.Server.Respond(created.EventId, GraphSamples.Director.Email, "declined", at.AddHours(1));
        graph.Server.Respond(created.EventId, GraphSamples.Guest.Email, "tentativelyAccepted", at.AddHours(2));
        graph.Server.Respond(created.EventId, "k.smit@vso.example", "notResponded", at.AddHours(3));

        var responses = await graph.Gateway.GetResponsesAsync(created);

        var request = graph.Server.Requests[^1];
        Assert.Equal("GET", request.Method);
        Assert.Equal($"/v1.0/users/organizer%40profijt.example/events/{created.EventId}", request.Path);
        Assert.Equal("?$select=attendees", request.Query);
        Assert.Equal(
            [
                new AttendeeResponse(GraphSamples.Chair.Email, ResponseStatus.Accepted, at),
                new AttendeeResponse(GraphSamples.Director.Email, ResponseStatus.Declined, at.AddHours(1)),
                new AttendeeResponse(GraphSamples.Guest.Email, ResponseStatus.TentativelyAccepted, at.AddHours(2)),
                new AttendeeResponse("k.smit@vso.example", ResponseStatus.None, at.AddHours(3)),
            ],
            responses);
    }

    [Fact]
    public async Task GetResponses_NobodyAnswered_GivesNoneForEveryAttendee()
    {
        await using var graph = await GraphHarness.StartAsync();
        var created = await graph.Gateway.CreateEventAsync(GraphSamples.Meeting());

        var responses = await graph.Gateway.GetResponsesAsync(created);

        Assert.Equal(
            [GraphSamples.Chair.Email, GraphSamples.Director.Email, GraphSamples.Guest.Email],
            responses.Select(r => r.Email));
        Assert.All(responses, r => Assert.Equal(ResponseStatus.None, r.Response));
    }
}
