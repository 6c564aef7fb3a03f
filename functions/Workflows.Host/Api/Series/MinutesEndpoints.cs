using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.DurableTask.Client;
using Microsoft.OpenApi;
using Workflows.Host.Api.Config;
using Workflows.Orchestrations.Meetings;
using Workflows.Orchestrations.Minutes;
using Workflows.Partnerships.Configuration;

namespace Workflows.Host.Api.Series;

/// <summary>
/// The verslag of a held occurrence: read it, save a draft (text and action items: what, owner, due date), approve
/// it (it then goes to the members, and each owner gets one reminder before the due date), and tick action items off.
/// Open items of earlier meetings go on the next agenda under "Actiepunten vorig overleg".
/// </summary>
internal static class MinutesEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/series/{id}/occurrences/{date}/minutes", ReadAsync)
            .WithName("GetMinutes").WithTags("Series")
            .WithSummary("The verslag of one occurrence (series date yyyy-MM-dd) with its action items, and whether it was approved; 404 when none was saved.")
            .Produces<MeetingMinutes>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPut("/series/{id}/occurrences/{date}/minutes", SaveAsync)
            .WithName("SaveMinutes").WithTags("Series")
            .WithSummary(string.Create(CultureInfo.InvariantCulture, $"Saves the draft verslag of a held occurrence; body {{\"text\" (at most {MinutesRules.MaxTextLength} characters), \"actionItems\"?: [{{\"what\" (at most {MinutesRules.MaxWhatLength}, one line), \"owner\" (person id of a member, the chair or a coordinator of the series), \"due\" (yyyy-MM-dd, after the meeting)}}] (at most {MinutesStore.MaxActionItems})}}. Replaces the draft; items kept keep their state. 409 before the meeting has been held, after approval, or when someone else saved at the same moment."))
            .DocumentBody(JsonSchemaType.Object, required: true, "application/json")
            .Produces<MeetingMinutes>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/series/{id}/occurrences/{date}/minutes/approval", ApproveAsync)
            .WithName("ApproveMinutes").WithTags("Series")
            .WithSummary("Approves the saved verslag: it goes to the members (meeting.minutes-sent) and each owner of an open action item gets one reminder two working days before it is due. Approving again sends nothing again. 404 when no verslag was saved.")
            .Produces<MeetingMinutes>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/series/{id}/occurrences/{date}/action-items/{key}/done", SetDoneAsync)
            .WithName("SetActionItemDone").WithTags("Series")
            .WithSummary("Ticks an action item of that occurrence's verslag off (body {\"done\": true}) or reopens it ({\"done\": false}). A done item gets no reminder and is not on the next agenda.")
            .DocumentBody(JsonSchemaType.Object, required: true, "application/json")
            .Produces<ActionItem>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> ReadAsync(
        string id, string date, [FromServices] IPartnershipConfigStore store, [FromServices] MinutesStore minutes, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        OccurrenceInput.ParseDate(date, "date", errors);
        if (errors.Count > 0)
        {
            return ApiProblems.BadRequest("Het verzoek is ongeldig.", errors);
        }

        if (await OccurrenceEndpoints.SeriesAsync(store, id, cancellationToken).ConfigureAwait(false) is not (var config, var meeting))
        {
            return await OccurrenceEndpoints.MissingAsync(store, id, cancellationToken).ConfigureAwait(false);
        }

        return await minutes.ReadAsync(config.Partnership.Id, meeting.Id, date, cancellationToken).ConfigureAwait(false) is { } found
            ? TypedResults.Ok(found)
            : NoMinutes(id, date);
    }

    private static async Task<IResult> SaveAsync(
        string id, string date, HttpRequest request, [FromServices] IPartnershipConfigStore store, [FromServices] MinutesStore minutes, [FromServices] AttendanceStore attendance,
        [FromServices] TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        OccurrenceInput.ParseDate(date, "date", errors);
        var body = await OccurrenceEndpoints.ReadBodyAsync(request, required: true, errors, cancellationToken).ConfigureAwait(false);
        string? text = body is null ? null : OccurrenceEndpoints.Text(body, "text", errors);
        var drafts = body is null ? [] : Drafts(body.Value, errors);
        if (body is not null && text is null && errors.Count == 0)
        {
            errors.Add("text ontbreekt: de tekst van het verslag of de besluitenlijst.");
        }

        if (errors.Count > 0)
        {
            return ApiProblems.BadRequest("Het verzoek is ongeldig.", errors);
        }

        if (await OccurrenceEndpoints.SeriesAsync(store, id, cancellationToken).ConfigureAwait(false) is not (var config, var meeting))
        {
            return await OccurrenceEndpoints.MissingAsync(store, id, cancellationToken).ConfigureAwait(false);
        }

        var result = await MinutesCommands.SaveAsync(
            minutes, attendance, SeriesSnapshots.Create(config, meeting), date, text!, drafts, OccurrenceEndpoints.ApiWho, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        return result.Outcome switch
        {
            MinutesOutcome.Saved => TypedResults.Ok(result.Minutes),
            MinutesOutcome.Invalid => ApiProblems.BadRequest("Het verzoek is ongeldig.", result.Errors),
            MinutesOutcome.NotHeld => ApiProblems.Conflict($"De bijeenkomst op {date} van overlegreeks '{id}' is nog niet gehouden; een verslag kan pas worden opgeslagen als de bijeenkomst is gehouden."),
            MinutesOutcome.Approved => ApiProblems.Conflict($"Het verslag van de bijeenkomst op {date} van overlegreeks '{id}' is al vastgesteld en verstuurd; het verandert niet meer."),
            _ => ApiProblems.Conflict($"Het verslag van de bijeenkomst op {date} van overlegreeks '{id}' is tegelijk door iemand anders opgeslagen of vastgesteld; er is niets opgeslagen. Haal het opnieuw op en probeer het nog eens."),
        };
    }

    private static async Task<IResult> ApproveAsync(
        string id, string date, [FromServices] IPartnershipConfigStore store, [FromServices] MinutesStore minutes, [FromServices] DurableTaskClient client,
        [FromServices] TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        var seriesDate = OccurrenceInput.ParseDate(date, "date", errors);
        if (errors.Count > 0)
        {
            return ApiProblems.BadRequest("Het verzoek is ongeldig.", errors);
        }

        if (await OccurrenceEndpoints.SeriesAsync(store, id, cancellationToken).ConfigureAwait(false) is not (var config, var meeting))
        {
            return await OccurrenceEndpoints.MissingAsync(store, id, cancellationToken).ConfigureAwait(false);
        }

        var now = time.GetUtcNow();
        var (start, end) = AgendaItemInput.Span(config, meeting, seriesDate!.Value, now);
        var (approved, _) = await MinutesCommands.ApproveAsync(
            minutes, client, SeriesSnapshots.Create(config, meeting), date, start, end, OccurrenceEndpoints.ApiWho, now, cancellationToken).ConfigureAwait(false);
        return approved is null ? NoMinutes(id, date) : TypedResults.Ok(approved);
    }

    private static async Task<IResult> SetDoneAsync(
        string id, string date, string key, HttpRequest request, [FromServices] IPartnershipConfigStore store, [FromServices] MinutesStore minutes,
        [FromServices] TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        OccurrenceInput.ParseDate(date, "date", errors);
        if (!ActionItemKeys.IsWellFormed(key))
        {
            errors.Add("key is geen sleutel van een actiepunt (16 tekens uit 0-9 en a-f, zoals in het verslag).");
        }

        var body = await OccurrenceEndpoints.ReadBodyAsync(request, required: true, errors, cancellationToken).ConfigureAwait(false);
        bool? done = null;
        if (body is { } element)
        {
            if (element.TryGetProperty("done", out var value) && value.ValueKind is JsonValueKind.True or JsonValueKind.False)
            {
                done = value.GetBoolean();
            }
            else
            {
                errors.Add("done ontbreekt: true (gedaan) of false (weer open).");
            }
        }

        if (errors.Count > 0)
        {
            return ApiProblems.BadRequest("Het verzoek is ongeldig.", errors);
        }

        if (await OccurrenceEndpoints.SeriesAsync(store, id, cancellationToken).ConfigureAwait(false) is not (var config, var meeting))
        {
            return await OccurrenceEndpoints.MissingAsync(store, id, cancellationToken).ConfigureAwait(false);
        }

        var item = await MinutesCommands.SetDoneAsync(minutes, config.Partnership.Id, meeting.Id, date, key, done!.Value, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        return item is null
            ? ApiProblems.NotFound($"Het verslag van de bijeenkomst op {date} van overlegreeks '{id}' heeft geen actiepunt '{key}'; de actiepunten staan in GET /api/series/{id}/occurrences/{date}/minutes.")
            : TypedResults.Ok(item);
    }

    /// <summary>The action items of the body, each field as text; structural mistakes are added to <paramref name="errors"/> (the rules check the rest).</summary>
    private static List<ActionItemDraft> Drafts(JsonElement body, List<string> errors)
    {
        if (!body.TryGetProperty("actionItems", out var list) || list.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (list.ValueKind != JsonValueKind.Array)
        {
            errors.Add("actionItems moet een lijst zijn van {\"what\", \"owner\", \"due\"}.");
            return [];
        }

        if (list.GetArrayLength() > MinutesStore.MaxActionItems)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"actionItems heeft {list.GetArrayLength()} actiepunten; hoogstens {MinutesStore.MaxActionItems} per bijeenkomst."));
            return [];
        }

        var drafts = new List<ActionItemDraft>();
        int index = 0;
        foreach (var item in list.EnumerateArray())
        {
            string at = string.Create(CultureInfo.InvariantCulture, $"actionItems[{index++}]");
            if (item.ValueKind != JsonValueKind.Object)
            {
                errors.Add($"{at} moet een object zijn: {{\"what\", \"owner\", \"due\"}}.");
                continue;
            }

            var fieldErrors = new List<string>();
            string? what = OccurrenceEndpoints.Text(item, "what", fieldErrors);
            string? owner = OccurrenceEndpoints.Text(item, "owner", fieldErrors);
            string? due = OccurrenceEndpoints.Text(item, "due", fieldErrors);
            errors.AddRange(fieldErrors.Select(e => $"{at}.{e}"));
            drafts.Add(new ActionItemDraft(what ?? string.Empty, owner ?? string.Empty, due ?? string.Empty));
        }

        return drafts;
    }

    private static IResult NoMinutes(string id, string date) =>
        ApiProblems.NotFound($"Er is nog geen verslag van de bijeenkomst op {date} van overlegreeks '{id}' (PUT /api/series/{id}/occurrences/{date}/minutes).");
}
