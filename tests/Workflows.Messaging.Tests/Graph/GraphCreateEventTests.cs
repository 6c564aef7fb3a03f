using Workflows.Messaging.Graph;

namespace Workflows.Messaging.Tests.Graph;

[Collection(GraphTestGroup.Name)]
public sealed class GraphCreateEventTests
{
    [Fact]
    public async Task CreateEvent_PostsTheEventToTheOrganizerMailbox_WithBearerTokenAndExactBody()
    {
        await using var graph = await GraphHarness.StartAsync();

        var created = await graph.Gateway.CreateEventAsync(GraphSamples.Meeting());

        var request = Assert.Single(graph.Server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v1.0/users/organizer%40profijt.example/events", request.Path);
        Assert.Equal(string.Empty, request.Query);
        Assert.Equal("Bearer " + StaticTokenCredential.Token, request.Header("Authorization"));
        Assert.StartsWith("application/json", request.Header("Content-Type"), StringComparison.Ordinal);
        Assert.Equal(
            Json.Canonical("""
            {
              "@odata.type": "#microsoft.graph.event",
              "subject": "Directieberaad",
              "body": { "contentType": "html", "content": "<p>Agenda: <b>stages</b></p>" },
              "start": { "dateTime": "2026-10-13T15:00:00", "timeZone": "W. Europe Standard Time" },
              "end": { "dateTime": "2026-10-13T17:00:00", "timeZone": "W. Europe Standard Time" },
              "attendees": [
                { "emailAddress": { "address": "j.devries@vmbo-noord.example", "name": "Jan de Vries" }, "@odata.type": "#microsoft.graph.attendee", "type": "required" },
                { "emailAddress": { "address": "a.bakker@mbo-rijn.example", "name": "Anouk Bakker" }, "@odata.type": "#microsoft.graph.attendee", "type": "required" },
                { "emailAddress": { "address": "p.jansen@gemeente.example", "name": "Pieter Jansen" }, "@odata.type": "#microsoft.graph.attendee", "type": "optional" }
              ],
              "location": { "displayName": "Lokaal 2.14, Vmbo Noord" },
              "allowNewTimeProposals": false,
              "transactionId": "directieberaad-2026-10-13"
            }
            """),
            Json.Canonical(request.Body));

        var stored = Assert.Single(graph.Server.Events);
        Assert.Equal(new CalendarEventRef(GraphHarness.Organizer, stored.Id, stored.ICalUId, 0), created);
        Assert.Contains("https://127.0.0.1/.default", graph.Credential.Scopes);
    }

    [Theory]
    [InlineData("2026-03-28T14:00:00Z", "2026-03-28T15:00:00")] // Saturday before DST: CET, UTC+1
    [InlineData("2026-03-30T13:00:00Z", "2026-03-30T15:00:00")] // Monday after DST: CEST, UTC+2
    [InlineData("2026-10-26T14:00:00Z", "2026-10-26T15:00:00")] // Monday after DST ends: CET again
    public async Task CreateEvent_WritesAmsterdamWallTime_AcrossDaylightSaving(string startUtc, string expectedLocal)
    {
        await using var graph = await GraphHarness.StartAsync();
        var start = DateTimeOffset.Parse(startUtc, System.Globalization.CultureInfo.InvariantCulture);

        await graph.Gateway.CreateEventAsync(GraphSamples.Meeting() with { Start = start, End = start.AddHours(2) });

        var body = System.Text.Json.Nodes.JsonNode.Parse(Assert.Single(graph.Server.Requests).Body)!;
        Assert.Equal(expectedLocal, body["start"]!["dateTime"]!.GetValue<string>());
        Assert.Equal("W. Europe Standard Time", body["start"]!["timeZone"]!.GetValue<string>());
    }

    [Fact]
    public async Task CreateEvent_Online_AsksForATeamsMeeting()
    {
        await using var graph = await GraphHarness.StartAsync();

        await graph.Gateway.CreateEventAsync(GraphSamples.Meeting(online: true));

        var body = System.Text.Json.Nodes.JsonNode.Parse(Assert.Single(graph.Server.Requests).Body)!.AsObject();
        Assert.True(body["isOnlineMeeting"]!.GetValue<bool>());
        Assert.Equal("teamsForBusiness", body["onlineMeetingProvider"]!.GetValue<string>());
        Assert.False(body.ContainsKey("location"));
    }

    [Fact]
    public async Task CreateEvent_CalledTwiceWithOneKey_LeavesOneEvent()
    {
        await using var graph = await GraphHarness.StartAsync();

        var first = await graph.Gateway.CreateEventAsync(GraphSamples.Meeting());
        var second = await graph.Gateway.CreateEventAsync(GraphSamples.Meeting());

        Assert.Equal(first, second);
        Assert.Single(graph.Server.Events);
        Assert.Equal(2, graph.Server.Requests.Count(r => r.Method == "POST"));
    }

    [Fact]
    public async Task CreateEvent_LongKey_SendsAStableShortTransactionId()
    {
        await using var graph = await GraphHarness.StartAsync();
        var key = "meeting-series/" + new string('x', 200) + "/2026-10-13#1";

        var first = await graph.Gateway.CreateEventAsync(GraphSamples.Meeting(key));
        var second = await graph.Gateway.CreateEventAsync(GraphSamples.Meeting(key));
        var other = await graph.Gateway.CreateEventAsync(GraphSamples.Meeting(key + "b"));

        var transactionId = Assert.Single(graph.Server.Events, e => e.Id == first.EventId).TransactionId;
        Assert.Matches("^wf-[0-9a-f]{40}$", transactionId);
        Assert.Equal(first, second);
        Assert.NotEqual(first.EventId, other.EventId);
        Assert.Equal(2, graph.Server.Events.Count);
    }

    [Fact]
    public async Task CreateEvent_UnknownTimeZone_FailsPermanentlyWithoutCallingGraph()
    {
        await using var graph = await GraphHarness.StartAsync();

        var failure = await Assert.ThrowsAsync<MessageDeliveryException>(
            () => graph.Gateway.CreateEventAsync(GraphSamples.Meeting() with { TimeZone = "Europe/Atlantis" }));

        Assert.False(failure.IsTransient);
        Assert.Equal("InvalidTimeZone", failure.ErrorCode);
        Assert.Empty(graph.Server.Requests);
    }

    [Fact]
    public async Task CreateEvent_EndBeforeStart_FailsPermanentlyWithoutCallingGraph()
    {
        await using var graph = await GraphHarness.StartAsync();
        var meeting = GraphSamples.Meeting();

        var failure = await Assert.ThrowsAsync<MessageDeliveryException>(
            () => graph.Gateway.CreateEventAsync(meeting with { End = meeting.Start }));

        Assert.False(failure.IsTransient);
        Assert.Equal("InvalidRequest", failure.ErrorCode);
        Assert.Empty(graph.Server.Requests);
    }
}
