using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.OpenApi;
using NodaTime;
using NodaTime.Text;
using Microsoft.DurableTask.Client;
using Workflows.Host.Api.Config;
using Workflows.Orchestrations.Meetings;
using Workflows.Messaging;
using Workflows.Partnerships.Configuration;

namespace Workflows.Host.Api.Series;

/// <summary>
/// What coordinators do with one occurrence of a running meeting cycle: see who answered, cancel it, move it.
/// Cancel and move are events to the cycle, which updates or cancels the invitation itself (202: queued).
/// </summary>
internal static class OccurrenceEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/series/{id}/rsvp", RsvpAsync)
            .WithName("GetSeriesRsvp").WithTags("Series")
            .WithSummary("The running cycle of a series: what it waits for, the occurrence in hand and every invitee's answer so far.")
            .Produces<SeriesRsvp>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/series/{id}/occurrences/{date}/cancel", CancelAsync)
            .WithName("CancelOccurrence").WithTags("Series")
            .WithSummary("Cancels one occurrence (series date yyyy-MM-dd); body {\"reason\"} optional. Invitations already sent are cancelled.")
            .DocumentBody(JsonSchemaType.Object, required: false, "application/json")
            .Produces<AcceptedOccurrenceCommand>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/series/{id}/occurrences/{date}/move", MoveAsync)
            .WithName("MoveOccurrence").WithTags("Series")
            .WithSummary("Moves one occurrence; body {\"newDate\": \"yyyy-MM-dd\", \"start\"?: \"HH:mm\", \"end\"?: \"HH:mm\", \"reason\"?}. Invitations already sent are updated.")
            .DocumentBody(JsonSchemaType.Object, required: true, "application/json")
            .Produces<AcceptedOccurrenceCommand>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/series/{id}/occurrences/{date}/resend", ResendAsync)
            .WithName("ResendInvitation").WithTags("Series")
            .WithSummary("Sends the invitation of an invited occurrence that has not started again, unchanged, to every attendee (same event, higher SEQUENCE). 409 for an occurrence not yet invited or already started.")
            .Produces<AcceptedOccurrenceCommand>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/series/{id}/occurrences/{date}/decision", DecideAsync)
            .WithName("DecideOccurrence").WithTags("Series")
            .WithSummary("The coordinators' answer to meeting.at-risk: body {\"decision\": \"hold\"|\"cancel\"}. The cycle confirms or cancels the occurrence instead of applying quorum.onMissing at the deadline.")
            .DocumentBody(JsonSchemaType.Object, required: true, "application/json")
            .Produces<AcceptedOccurrenceCommand>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    /// <summary>Who decided, on the timeline, when the API did: the key names no person.</summary>
    internal const string ApiWho = "api";

    private static async Task<IResult> DecideAsync(
        string id, string date, HttpRequest request, [FromServices] IPartnershipConfigStore store, [FromServices] DurableTaskClient client, [FromServices] TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        var seriesDate = ParseDate(date, "date", errors);
        var body = await ReadBodyAsync(request, required: true, errors, cancellationToken).ConfigureAwait(false);
        string? decision = Text(body, "decision", errors);
        if (body is not null && decision is null && errors.Count == 0)
        {
            errors.Add("decision ontbreekt: \"hold\" (gaat door) of \"cancel\" (afgelasten).");
        }
        else if (decision is not null && !OccurrenceDecisions.IsKnown(decision))
        {
            errors.Add($"decision '{decision}' is onbekend: gebruik \"hold\" (gaat door) of \"cancel\" (afgelasten).");
        }

        if (errors.Count > 0)
        {
            return ApiProblems.BadRequest("Het verzoek is ongeldig.", errors);
        }

        return await CommandAsync(store, time, id, seriesDate!.Value, async (config, meeting) =>
        {
            if (OccurrenceStarted(config, meeting, seriesDate.Value, time))
            {
                return ApiProblems.Conflict($"De bijeenkomst op {date} van overlegreeks '{id}' is al begonnen of voorbij; er valt niets meer te beslissen.");
            }

            await MeetingCoordinatorCommands.DecideAsync(client, config.Partnership.Id, meeting.Id, seriesDate.Value, decision!, ApiWho, cancellationToken).ConfigureAwait(false);
            return null;
        }, "decision", date, cancellationToken).ConfigureAwait(false);
    }

    // The series date's own start (a moved occurrence is still decided on by its series date, before its new start).
    private static bool OccurrenceStarted(PartnershipConfig config, Meeting meeting, LocalDate date, TimeProvider time)
    {
        var zone = DateTimeZoneProviders.Tzdb[config.Partnership.TimeZone];
        return zone.AtLeniently(date + meeting.Time.Start).ToInstant() <= Instant.FromDateTimeOffset(time.GetUtcNow());
    }

    private static async Task<IResult> ResendAsync(
        string id, string date, [FromServices] IPartnershipConfigStore store, [FromServices] DurableTaskClient client, [FromServices] IMessageGateway gateway,
        [FromServices] TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        var seriesDate = ParseDate(date, "date", errors);
        if (errors.Count > 0)
        {
            return ApiProblems.BadRequest("Het verzoek is ongeldig.", errors);
        }

        return await CommandAsync(store, time, id, seriesDate!.Value, async (config, meeting) =>
        {
            // The cycle would ignore it: say so rather than answer 202 for nothing.
            var cycle = await RunningCycles.ReadAsync(client, gateway, config.Partnership.Id, meeting.Id, cancellationToken).ConfigureAwait(false);
            if (cycle is not null && !cycle.Resendable(date, time.GetUtcNow()))
            {
                return ApiProblems.Conflict(
                    $"Voor de bijeenkomst op {date} van overlegreeks '{id}' is er geen uitnodiging om opnieuw te versturen: die is nog niet verstuurd (dat gebeurt vanzelf op de geplande dag) of de bijeenkomst is al begonnen.");
            }

            await MeetingCoordinatorCommands.ResendInvitationAsync(client, config.Partnership.Id, meeting.Id, seriesDate.Value, cancellationToken).ConfigureAwait(false);
            return null;
        }, "resend", date, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<IResult> RsvpAsync(
        string id, [FromServices] IPartnershipConfigStore store, [FromServices] DurableTaskClient client, [FromServices] IMessageGateway gateway, CancellationToken cancellationToken)
    {
        if (await SeriesAsync(store, id, cancellationToken).ConfigureAwait(false) is not (var config, var meeting))
        {
            return await MissingAsync(store, id, cancellationToken).ConfigureAwait(false);
        }

        if (await RunningCycles.ReadAsync(client, gateway, config.Partnership.Id, meeting.Id, cancellationToken).ConfigureAwait(false) is not { } cycle)
        {
            return ApiProblems.Conflict($"Overlegreeks '{id}' heeft geen lopende cyclus.");
        }

        var status = cycle.Status;
        var current = cycle.Current;
        var names = (cycle.Input?.Series.Members ?? []).ToDictionary(m => m.Email, m => m.Name, StringComparer.OrdinalIgnoreCase);
        var answers = cycle.Answers
            .Select(a => new SeriesRsvpAnswer(names.GetValueOrDefault(a.Email, a.Email), a.Email, a.Response, a.Comment))
            .ToList();

        return TypedResults.Ok(new SeriesRsvp(id, cycle.InstanceId, status?.Phase, current?.Date ?? status?.Occurrence, status?.WaitingUntil, current?.Event is not null, answers));
    }

    private static async Task<IResult> CancelAsync(
        string id, string date, HttpRequest request, [FromServices] IPartnershipConfigStore store, [FromServices] DurableTaskClient client, [FromServices] TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        var seriesDate = ParseDate(date, "date", errors);
        var body = await ReadBodyAsync(request, required: false, errors, cancellationToken).ConfigureAwait(false);
        string? reason = OccurrenceInput.Reason(Text(body, "reason", errors), "reason", errors);
        if (errors.Count > 0)
        {
            return ApiProblems.BadRequest("Het verzoek is ongeldig.", errors);
        }

        return await CommandAsync(store, time, id, seriesDate!.Value, async (config, meeting) =>
        {
            await MeetingCoordinatorCommands.CancelOccurrenceAsync(client, config.Partnership.Id, meeting.Id, seriesDate.Value, reason, cancellationToken).ConfigureAwait(false);
            return null;
        }, "cancel", date, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<IResult> MoveAsync(
        string id, string date, HttpRequest request, [FromServices] IPartnershipConfigStore store, [FromServices] DurableTaskClient client, [FromServices] TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        var seriesDate = ParseDate(date, "date", errors);
        var body = await ReadBodyAsync(request, required: true, errors, cancellationToken).ConfigureAwait(false);
        var move = OccurrenceInput.Move(Text(body, "newDate", errors), Text(body, "start", errors), Text(body, "end", errors), AmsterdamToday.From(time), errors);
        string? reason = OccurrenceInput.Reason(Text(body, "reason", errors), "reason", errors);
        if (errors.Count > 0)
        {
            return ApiProblems.BadRequest("Het verzoek is ongeldig.", errors);
        }

        return await CommandAsync(store, time, id, seriesDate!.Value, async (config, meeting) =>
        {
            await MeetingCoordinatorCommands.MoveOccurrenceAsync(client, config.Partnership.Id, meeting.Id, seriesDate.Value, move!.NewDate, move.Start, move.End, reason, cancellationToken).ConfigureAwait(false);
            return null;
        }, "move", date, cancellationToken).ConfigureAwait(false);
    }

    /// <param name="send">Raises the command; or returns why not (a problem) without raising anything.</param>
    private static async Task<IResult> CommandAsync(
        IPartnershipConfigStore store, TimeProvider time, string id, LocalDate seriesDate, Func<PartnershipConfig, Meeting, Task<IResult?>> send, string command, string date, CancellationToken cancellationToken)
    {
        if (await SeriesAsync(store, id, cancellationToken).ConfigureAwait(false) is not (var config, var meeting))
        {
            return await MissingAsync(store, id, cancellationToken).ConfigureAwait(false);
        }

        if (!SeriesDates.IsOccurrence(config, meeting, seriesDate, AmsterdamToday.From(time)))
        {
            return ApiProblems.NotFound($"Overlegreeks '{id}' heeft geen bijeenkomst op {date}; de datums staan in GET /api/series/{id}/occurrences.");
        }

        try
        {
            if (await send(config, meeting).ConfigureAwait(false) is { } refused)
            {
                return refused;
            }
        }
        catch (InvalidOperationException)
        {
            return ApiProblems.Conflict($"Overlegreeks '{id}' heeft geen lopende cyclus.");
        }

        return TypedResults.Accepted((string?)null, new AcceptedOccurrenceCommand(id, date, command, SeriesSnapshots.InstanceId(config.Partnership.Id, meeting.Id)));
    }

    internal static async Task<(PartnershipConfig Config, Meeting Meeting)?> SeriesAsync(IPartnershipConfigStore store, string id, CancellationToken cancellationToken)
    {
        var current = await store.GetCurrentAsync(cancellationToken).ConfigureAwait(false);
        return current?.Config.FindMeeting(id) is { } meeting ? (current.Config, meeting) : null;
    }

    internal static async Task<IResult> MissingAsync(IPartnershipConfigStore store, string id, CancellationToken cancellationToken)
        => await store.GetCurrentAsync(cancellationToken).ConfigureAwait(false) is { } current
            ? ApiProblems.NotFound($"Er is geen overlegreeks '{id}'; de configuratie heeft: {string.Join(", ", current.Config.Meetings.Select(m => m.Id))}.")
            : ApiProblems.NotFound("Er is nog geen configuratie opgeslagen (PUT /api/config).");

    internal static async Task<JsonElement?> ReadBodyAsync(HttpRequest request, bool required, List<string> errors, CancellationToken cancellationToken)
    {
        if (request.ContentLength == 0 || (request.ContentLength is null && request.Headers.TransferEncoding.Count == 0))
        {
            if (required)
            {
                errors.Add("Een JSON-body is nodig.");
            }

            return null;
        }

        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                errors.Add("De body moet een JSON-object zijn.");
                return null;
            }

            if (!JsonStrings.AreValid(document.RootElement))
            {
                errors.Add("De inhoud is geen geldige JSON.");
                return null;
            }

            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            errors.Add("De inhoud is geen geldige JSON.");
            return null;
        }
    }

    internal static string? Text(JsonElement? body, string name, List<string> errors)
    {
        if (body is not { } element || !element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            errors.Add($"{name} moet tekst zijn.");
            return null;
        }

        return value.GetString();
    }

    private static LocalDate? ParseDate(string text, string name, List<string> errors) => OccurrenceInput.ParseDate(text, name, errors);
}
