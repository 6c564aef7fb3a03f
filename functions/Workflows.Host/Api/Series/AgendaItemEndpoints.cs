using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.DurableTask.Client;
using Microsoft.OpenApi;
using NodaTime;
using Workflows.Host.Api.Config;
using Workflows.Orchestrations.Meetings;
using Workflows.Partnerships.Configuration;

namespace Workflows.Host.Api.Series;

/// <summary>
/// The agenda items of one occurrence: list them, propose one (title, short explanation, who brings it in), and a
/// coordinator's accept or hold over, new title or explanation, and new place in the list. Proposals are stored at once (the same one twice is one item); the cycle puts
/// the accepted ones on the agenda of the invitation, or of the agenda update when the invitation already went out.
/// </summary>
internal static class AgendaItemEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/series/{id}/occurrences/{date}/agenda-items", ListAsync)
            .WithName("ListAgendaItems").WithTags("Series")
            .WithSummary("The agenda items proposed for one occurrence (series date yyyy-MM-dd), in the coordinators' order (the order proposed until reordered), with their state: proposed, accepted or held.")
            .Produces<IReadOnlyList<AgendaItem>>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/series/{id}/occurrences/{date}/agenda-items", ProposeAsync)
            .WithName("ProposeAgendaItem").WithTags("Series")
            .WithSummary($"Proposes an agenda item; body {{\"title\" (at most 120 characters, one line), \"explanation\"? (at most 1000), \"who\" (person id)}}. 201 with the item; 200 with the existing item when the same person proposed the same title before. Records meeting.agenda-item-proposed.")
            .DocumentBody(JsonSchemaType.Object, required: true, "application/json")
            .Produces<AgendaItem>(StatusCodes.Status201Created).Produces<AgendaItem>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/series/{id}/occurrences/{date}/agenda-items/{key}/decision", DecideAsync)
            .WithName("DecideAgendaItem").WithTags("Series")
            .WithSummary("A coordinator's decision on a proposed agenda item: body {\"decision\": \"accept\"|\"hold\"}. Accepted items go out with the invitation; accepted after it went out, with the agenda update (agenda.updateWorkingDays before the meeting).")
            .DocumentBody(JsonSchemaType.Object, required: true, "application/json")
            .Produces<AgendaItem>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPatch("/series/{id}/occurrences/{date}/agenda-items/{key}", ChangeAsync)
            .WithName("ChangeAgendaItem").WithTags("Series")
            .WithSummary($"A coordinator changes an agenda item: body {{\"title\"? (at most 120 characters, one line), \"explanation\"? (at most 1000; null or \"\" removes it), \"position\"? (1 is first, at most {AgendaItemInput.MaxPosition}; beyond the last means last)}}, at least one. The key stays. 200 with the item. A change to an accepted item after the invitation went out sends the agenda update.")
            .DocumentBody(JsonSchemaType.Object, required: true, "application/json")
            .Produces<AgendaItem>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<IResult> ChangeAsync(
        string id, string date, string key, HttpRequest request, [FromServices] IPartnershipConfigStore store, [FromServices] AgendaItemStores stores,
        [FromServices] DurableTaskClient client, [FromServices] TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        var seriesDate = OccurrenceInput.ParseDate(date, "date", errors);
        if (!AgendaItemKeys.IsWellFormed(key))
        {
            errors.Add("key is geen sleutel van een agendapunt (16 tekens uit 0-9 en a-f, zoals in de lijst van agendapunten).");
        }

        var body = await OccurrenceEndpoints.ReadBodyAsync(request, required: true, errors, cancellationToken).ConfigureAwait(false);
        bool hasTitle = false, hasExplanation = false;
        string? title = null, explanation = null;
        int? position = null;
        if (body is { } element)
        {
            if (element.ValueKind != System.Text.Json.JsonValueKind.Object)
            {
                errors.Add("De body moet een JSON-object zijn: {\"title\"?, \"explanation\"?, \"position\"?}.");
            }
            else
            {
                hasTitle = element.TryGetProperty("title", out _);
                hasExplanation = element.TryGetProperty("explanation", out _);
                title = hasTitle ? AgendaItemInput.Title(OccurrenceEndpoints.Text(body, "title", errors), errors) : null;
                explanation = hasExplanation ? AgendaItemInput.Explanation(OccurrenceEndpoints.Text(body, "explanation", errors), errors) : null;
                position = AgendaItemInput.Position(body, errors);
                if (!hasTitle && !hasExplanation && !element.TryGetProperty("position", out _))
                {
                    errors.Add("Geef title, explanation of position op: wat er aan het agendapunt verandert.");
                }
            }
        }

        if (errors.Count > 0)
        {
            return ApiProblems.BadRequest("Het verzoek is ongeldig.", errors);
        }

        if (await OccurrenceAsync(store, id, seriesDate!.Value, time, cancellationToken).ConfigureAwait(false) is not (var config, var meeting))
        {
            return await NotFoundAsync(store, id, date, cancellationToken).ConfigureAwait(false);
        }

        if (Started(config, meeting, seriesDate.Value, time))
        {
            return ApiProblems.Conflict($"De bijeenkomst op {date} van overlegreeks '{id}' is al begonnen of voorbij; de agenda ligt vast.");
        }

        var notFound = ApiProblems.NotFound($"De bijeenkomst op {date} van overlegreeks '{id}' heeft geen agendapunt '{key}'; de punten staan in GET /api/series/{id}/occurrences/{date}/agenda-items.");
        if (await stores.Agenda.FindAsync(config.Partnership.Id, meeting.Id, date, key, cancellationToken).ConfigureAwait(false) is not { } item)
        {
            return notFound;
        }

        if (hasTitle || hasExplanation)
        {
            item = await MeetingAgendaCommands.EditAsync(
                stores.Agenda, client, config.Partnership.Id, meeting.Id, seriesDate.Value, key, title ?? item.Title, hasExplanation ? explanation : item.Explanation, cancellationToken).ConfigureAwait(false);
        }

        if (item is not null && position is { } place)
        {
            var items = await MeetingAgendaCommands.MoveAsync(stores.Agenda, client, config.Partnership.Id, meeting.Id, seriesDate.Value, key, place, cancellationToken).ConfigureAwait(false);
            item = items?.FirstOrDefault(i => i.Key == key);
        }

        return item is null ? notFound : TypedResults.Ok(item);
    }

    private static async Task<IResult> ListAsync(
        string id, string date, [FromServices] IPartnershipConfigStore store, [FromServices] AgendaItemStores stores, [FromServices] TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        var seriesDate = OccurrenceInput.ParseDate(date, "date", errors);
        if (errors.Count > 0)
        {
            return ApiProblems.BadRequest("Het verzoek is ongeldig.", errors);
        }

        if (await OccurrenceAsync(store, id, seriesDate!.Value, time, cancellationToken).ConfigureAwait(false) is not (var config, var meeting))
        {
            return await NotFoundAsync(store, id, date, cancellationToken).ConfigureAwait(false);
        }

        return TypedResults.Ok(await stores.Agenda.ReadAsync(config.Partnership.Id, meeting.Id, date, cancellationToken).ConfigureAwait(false));
    }

    private static async Task<IResult> ProposeAsync(
        string id, string date, HttpRequest request, [FromServices] IPartnershipConfigStore store, [FromServices] AgendaItemStores stores, [FromServices] TimeProvider time,
        CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        var seriesDate = OccurrenceInput.ParseDate(date, "date", errors);
        var body = await OccurrenceEndpoints.ReadBodyAsync(request, required: true, errors, cancellationToken).ConfigureAwait(false);
        string? title = null, explanation = null, who = null;
        if (body is not null)
        {
            title = AgendaItemInput.Title(OccurrenceEndpoints.Text(body, "title", errors), errors);
            explanation = AgendaItemInput.Explanation(OccurrenceEndpoints.Text(body, "explanation", errors), errors);
            who = OccurrenceEndpoints.Text(body, "who", errors);
        }

        if (errors.Count > 0)
        {
            return ApiProblems.BadRequest("Het verzoek is ongeldig.", errors);
        }

        if (await OccurrenceAsync(store, id, seriesDate!.Value, time, cancellationToken).ConfigureAwait(false) is not (var config, var meeting))
        {
            return await NotFoundAsync(store, id, date, cancellationToken).ConfigureAwait(false);
        }

        if (AgendaItemInput.Who(who, config, errors) is not { } person)
        {
            return ApiProblems.BadRequest("Het verzoek is ongeldig.", errors);
        }

        if (Started(config, meeting, seriesDate.Value, time))
        {
            return ApiProblems.Conflict($"De bijeenkomst op {date} van overlegreeks '{id}' is al begonnen of voorbij; er kan geen agendapunt meer bij.");
        }

        var now = time.GetUtcNow();
        var (start, end) = AgendaItemInput.Span(config, meeting, seriesDate.Value, now);
        var proposal = new AgendaProposal(config.Partnership.Id, meeting.Id, seriesDate.Value, person.Id, person.Name, title!, explanation, now) { Start = start, End = end };
        var (item, created) = await MeetingAgendaCommands.ProposeAsync(stores.Agenda, stores.Timeline, proposal, cancellationToken).ConfigureAwait(false);
        return created
            ? TypedResults.Created($"/api/series/{meeting.Id}/occurrences/{date}/agenda-items", item)
            : TypedResults.Ok(item);
    }

    private static async Task<IResult> DecideAsync(
        string id, string date, string key, HttpRequest request, [FromServices] IPartnershipConfigStore store, [FromServices] AgendaItemStores stores,
        [FromServices] DurableTaskClient client, [FromServices] TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        var seriesDate = OccurrenceInput.ParseDate(date, "date", errors);
        if (!AgendaItemKeys.IsWellFormed(key))
        {
            errors.Add("key is geen sleutel van een agendapunt (16 tekens uit 0-9 en a-f, zoals in de lijst van agendapunten).");
        }

        var body = await OccurrenceEndpoints.ReadBodyAsync(request, required: true, errors, cancellationToken).ConfigureAwait(false);
        string? decision = body is null ? null : AgendaItemInput.Decision(OccurrenceEndpoints.Text(body, "decision", errors), errors);
        if (errors.Count > 0)
        {
            return ApiProblems.BadRequest("Het verzoek is ongeldig.", errors);
        }

        if (await OccurrenceAsync(store, id, seriesDate!.Value, time, cancellationToken).ConfigureAwait(false) is not (var config, var meeting))
        {
            return await NotFoundAsync(store, id, date, cancellationToken).ConfigureAwait(false);
        }

        if (Started(config, meeting, seriesDate.Value, time))
        {
            return ApiProblems.Conflict($"De bijeenkomst op {date} van overlegreeks '{id}' is al begonnen of voorbij; de agenda ligt vast.");
        }

        var item = await MeetingAgendaCommands.DecideAsync(
            stores.Agenda, client, config.Partnership.Id, meeting.Id, seriesDate.Value, key, decision!, OccurrenceEndpoints.ApiWho, cancellationToken).ConfigureAwait(false);
        return item is null
            ? ApiProblems.NotFound($"De bijeenkomst op {date} van overlegreeks '{id}' heeft geen agendapunt '{key}'; de punten staan in GET /api/series/{id}/occurrences/{date}/agenda-items.")
            : TypedResults.Ok(item);
    }

    private static async Task<(PartnershipConfig Config, Meeting Meeting)?> OccurrenceAsync(
        IPartnershipConfigStore store, string id, LocalDate date, TimeProvider time, CancellationToken cancellationToken)
    {
        return await OccurrenceEndpoints.SeriesAsync(store, id, cancellationToken).ConfigureAwait(false) is (var config, var meeting)
            && SeriesDates.IsOccurrence(config, meeting, date, AmsterdamToday.From(time))
            ? (config, meeting)
            : null;
    }

    private static async Task<IResult> NotFoundAsync(IPartnershipConfigStore store, string id, string date, CancellationToken cancellationToken) =>
        await OccurrenceEndpoints.SeriesAsync(store, id, cancellationToken).ConfigureAwait(false) is null
            ? await OccurrenceEndpoints.MissingAsync(store, id, cancellationToken).ConfigureAwait(false)
            : ApiProblems.NotFound($"Overlegreeks '{id}' heeft geen bijeenkomst op {date}; de datums staan in GET /api/series/{id}/occurrences.");

    // The series date's own start, as for a decision about an occurrence at risk.
    internal static bool Started(PartnershipConfig config, Meeting meeting, LocalDate date, TimeProvider time)
    {
        var zone = DateTimeZoneProviders.Tzdb[config.Partnership.TimeZone];
        return zone.AtLeniently(date + meeting.Time.Start).ToInstant() <= Instant.FromDateTimeOffset(time.GetUtcNow());
    }
}
