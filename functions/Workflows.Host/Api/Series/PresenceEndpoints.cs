using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.OpenApi;
using Workflows.Host.Api.Config;
using Workflows.Orchestrations.Meetings;
using Workflows.Partnerships.Configuration;
using Workflows.Partnerships.Limits;

namespace Workflows.Host.Api.Series;

/// <summary>
/// The coordinator's confirmed presence list of a held occurrence: the organizations that were there. It replaces
/// the answers in the attendance figures of that occurrence; confirming again replaces the earlier list.
/// </summary>
internal static class PresenceEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/series/{id}/occurrences/{date}/presence", ConfirmAsync)
            .WithName("ConfirmPresence").WithTags("Series")
            .WithSummary("Confirms who was present at a held occurrence (series date yyyy-MM-dd); body {\"organizations\": [organization id, …]}, each invited to that occurrence, at most as many as the partnership has organizations; an empty list: nobody came. Replaces an earlier confirmation; the attendance figures of the occurrence then count these organizations as present and the others as absent. 409 before the meeting has been held.")
            .DocumentBody(JsonSchemaType.Object, required: true, "application/json")
            .Produces<PresenceConfirmation>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<IResult> ConfirmAsync(
        string id, string date, HttpRequest request, [FromServices] IPartnershipConfigStore store, [FromServices] AttendanceStore attendance, [FromServices] TimeProvider time,
        CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        var seriesDate = OccurrenceInput.ParseDate(date, "date", errors);
        var body = await OccurrenceEndpoints.ReadBodyAsync(request, required: true, errors, cancellationToken).ConfigureAwait(false);
        if (errors.Count > 0)
        {
            return ApiProblems.BadRequest("Het verzoek is ongeldig.", errors);
        }

        if (await OccurrenceEndpoints.SeriesAsync(store, id, cancellationToken).ConfigureAwait(false) is not (var config, var meeting))
        {
            return await OccurrenceEndpoints.MissingAsync(store, id, cancellationToken).ConfigureAwait(false);
        }

        if (Organizations(body, config, errors) is not { } organizations)
        {
            return ApiProblems.BadRequest("Het verzoek is ongeldig.", errors);
        }

        var at = time.GetUtcNow();
        var result = await PresenceCommands.ConfirmAsync(attendance, config.Partnership.Id, meeting.Id, date, organizations, at, cancellationToken).ConfigureAwait(false);
        return result.Outcome switch
        {
            PresenceOutcome.NotHeld => ApiProblems.Conflict($"De bijeenkomst op {date} van overlegreeks '{id}' is (nog) niet gehouden; de aanwezigheid kan pas worden bevestigd als de bijeenkomst is gehouden."),
            PresenceOutcome.NotInvited => ApiProblems.BadRequest("Het verzoek is ongeldig.", [
                $"organizations: {string.Join(", ", result.NotInvited.Select(o => $"'{o}'"))} {(result.NotInvited.Count == 1 ? "was" : "waren")} niet uitgenodigd voor de bijeenkomst op {date}; uitgenodigd waren: {string.Join(", ", result.Invited)}."]),
            _ => TypedResults.Ok(new PresenceConfirmation(meeting.Id, date, [.. organizations.Distinct(StringComparer.Ordinal)], at)),
        };
    }

    /// <summary>The list of ids, or null with the errors: an array of at most the partnership's organizations, each a short id.</summary>
    private static List<string>? Organizations(JsonElement? body, PartnershipConfig config, List<string> errors)
    {
        if (body is not { } element || !element.TryGetProperty("organizations", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            errors.Add("organizations ontbreekt: geef de organisaties die aanwezig waren, bijvoorbeeld {\"organizations\": [\"roc-achterhoek\"]} (een lege lijst: niemand).");
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            errors.Add("organizations moet een lijst van organisatie-id's zijn.");
            return null;
        }

        int max = config.Organizations.Count;
        if (value.GetArrayLength() > max)
        {
            errors.Add($"organizations heeft {value.GetArrayLength()} elementen; er zijn maar {max} organisaties.");
            return null;
        }

        var ids = new List<string>();
        int index = 0;
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String || item.GetString() is not { Length: > 0 } text || !TextLimits.Fits(text, TextLimits.Id))
            {
                errors.Add($"organizations[{index}] moet een organisatie-id zijn (tekst van 1 tot {TextLimits.Id} tekens).");
            }
            else
            {
                ids.Add(text);
            }

            index++;
        }

        return errors.Count > 0 ? null : ids;
    }
}
