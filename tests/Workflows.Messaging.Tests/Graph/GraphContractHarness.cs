using System.Globalization;
using System.Text.Json.Nodes;
using Workflows.Messaging.Tests.Contract;

namespace Workflows.Messaging.Tests.Graph;

/// <summary>The shared contract's view of the Graph back-end: the gateway on the real SDK, holdings read from the fake server.</summary>
internal sealed class GraphContractHarness(GraphHarness graph) : IMessageGatewayHarness
{
    public IMessageGateway Gateway => graph.Gateway;

    public string Organizer => GraphHarness.Organizer;

    public Task SetResponseAsync(CalendarEventRef calendarEvent, string attendeeEmail, ResponseStatus response)
    {
        var graphResponse = response switch
        {
            ResponseStatus.Accepted => "accepted",
            ResponseStatus.TentativelyAccepted => "tentativelyAccepted",
            ResponseStatus.Declined => "declined",
            _ => "none",
        };
        graph.Server.Respond(calendarEvent.EventId, attendeeEmail, graphResponse, DateTimeOffset.UtcNow);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<HeldEvent>> ListEventsAsync() =>
        Task.FromResult<IReadOnlyList<HeldEvent>>(graph.Server.Events
            .Select(e => new HeldEvent(e.Id, e.ICalUId, e.Json["subject"]!.GetValue<string>(), Instant(e.Json["start"]!), e.Cancelled))
            .ToList());

    public Task<IReadOnlyList<HeldMail>> ListMailsAsync() =>
        Task.FromResult<IReadOnlyList<HeldMail>>(graph.Server.Mails
            .Select(m => m.Body["Message"] ?? m.Body["message"])
            .Select(m => new HeldMail(
                m!["subject"]!.GetValue<string>(),
                m["toRecipients"]!.AsArray().Select(r => r!["emailAddress"]!["address"]!.GetValue<string>()).ToList(),
                (m["attachments"]?.AsArray() ?? []).Select(a => a!["name"]!.GetValue<string>()).ToList()))
            .ToList());

    public ValueTask DisposeAsync() => graph.DisposeAsync();

    /// <summary>Graph's wall time in a Windows zone, back to the instant.</summary>
    private static DateTimeOffset Instant(JsonNode dateTimeTimeZone)
    {
        var local = DateTime.Parse(dateTimeTimeZone["dateTime"]!.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.None);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(dateTimeTimeZone["timeZone"]!.GetValue<string>());
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, zone));
    }
}
