using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using NodaTime;
using NodaTime.Text;
using Workflows.Host.Api.Config;
using Workflows.Host.Cli;
using Workflows.Partnerships.Planning;

namespace Workflows.Host.Api.Series;

/// <summary><c>GET /api/series</c> and <c>GET /api/series/{id}/occurrences</c>, planned from the current configuration.</summary>
internal static class SeriesEndpoints
{
    /// <summary>How far ahead "next occurrence" looks; a series with nothing in two years has none.</summary>
    private const int LookAheadDays = 2 * 366;

    /// <summary>Bounds one request's work; the CLI has no such limit.</summary>
    private const int MaxRangeDays = 5 * 366;

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/series", ListAsync)
            .WithName("ListSeries")
            .WithSummary("The meeting series of the current configuration, with group, title and next occurrence.")
            .WithTags("Series")
            .Produces<IReadOnlyList<SeriesSummary>>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/series/{id}/occurrences", OccurrencesAsync)
            .WithName("ListOccurrences")
            .WithSummary("The occurrences of a series between two dates (yyyy-MM-dd, inclusive), with skipped and moved dates and why; the JSON of 'occurrences --json'.")
            .WithTags("Series")
            .Produces<string>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> ListAsync([FromServices] IPartnershipConfigStore store, [FromServices] TimeProvider time, CancellationToken cancellationToken)
    {
        var current = await store.GetCurrentAsync(cancellationToken).ConfigureAwait(false);
        if (current is null)
        {
            return NoConfig();
        }

        var config = current.Config;
        var today = AmsterdamToday.From(time);
        var now = Instant.FromDateTimeOffset(time.GetUtcNow());
        var list = config.Meetings.Select(meeting =>
        {
            var next = PartnershipPlanner.Occurrences(config, meeting, today, today.PlusDays(LookAheadDays)).Occurrences
                .FirstOrDefault(o => o.Start.ToInstant() >= now);
            var group = config.FindGroup(meeting.Group);
            return new SeriesSummary(
                meeting.Id,
                meeting.Title,
                new SeriesGroup(meeting.Group, group?.Name ?? meeting.Group),
                next is null ? null : new NextOccurrence(OccurrencesJson.Format(next.Start), OccurrencesJson.Format(next.End)));
        }).ToList();
        return TypedResults.Ok(list);
    }

    private static async Task<IResult> OccurrencesAsync(string id, string? from, string? to, [FromServices] IPartnershipConfigStore store, [FromServices] TimeProvider time, CancellationToken cancellationToken)
    {
        var today = AmsterdamToday.From(time);
        var first = today;
        var errors = new List<string>();
        if (from is not null)
        {
            var parsed = LocalDatePattern.Iso.Parse(from);
            if (parsed.Success)
            {
                first = parsed.Value;
            }
            else
            {
                errors.Add($"from: '{from}' is geen datum (yyyy-MM-dd).");
            }
        }

        var last = first.PlusYears(1).PlusDays(-1);
        if (to is not null)
        {
            var parsed = LocalDatePattern.Iso.Parse(to);
            if (parsed.Success)
            {
                last = parsed.Value;
            }
            else
            {
                errors.Add($"to: '{to}' is geen datum (yyyy-MM-dd).");
            }
        }

        if (errors.Count == 0 && last < first)
        {
            errors.Add("to ligt voor from.");
        }
        else if (errors.Count == 0 && Period.Between(first, last, PeriodUnits.Days).Days > MaxRangeDays)
        {
            errors.Add("Vraag hoogstens vijf jaar tegelijk op.");
        }

        if (errors.Count > 0)
        {
            return ApiProblems.BadRequest("De periode is ongeldig.", errors);
        }

        var current = await store.GetCurrentAsync(cancellationToken).ConfigureAwait(false);
        if (current is null)
        {
            return NoConfig();
        }

        if (current.Config.FindMeeting(id) is not { } meeting)
        {
            return ApiProblems.NotFound($"Er is geen overlegreeks '{id}'; de configuratie heeft: {string.Join(", ", current.Config.Meetings.Select(m => m.Id))}.");
        }

        var result = PartnershipPlanner.Occurrences(current.Config, meeting, first, last);
        return TypedResults.Text(OccurrencesJson.Write(id, result), "application/json", System.Text.Encoding.UTF8);
    }

    private static IResult NoConfig() => ApiProblems.NotFound("Er is nog geen configuratie opgeslagen (PUT /api/config).");
}
