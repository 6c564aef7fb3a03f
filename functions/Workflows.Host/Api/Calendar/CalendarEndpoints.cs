using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Host.Api.Auth;
using Workflows.Host.Api.Config;
using Workflows.Host.Dashboard;
using Workflows.Partnerships.Configuration;

namespace Workflows.Host.Api.Calendar;

/// <summary>
/// The year plan as calendar subscriptions. <c>GET /api/calendar/{token}.ics</c> is anonymous (calendar clients send no
/// headers; the signed token is the authorization) and rate limited like the other open routes; the routes that hand
/// out and revoke the URLs need the API key. Every refusal of a feed is the same 404, whether the token was
/// tampered with, revoked, for another scope or for something the configuration no longer has, so a guesser learns nothing.
/// </summary>
internal static class CalendarEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var feeds = api.MapGroup("/calendar")
            .AllowAnonymous()
            .WithTags("Calendar feeds")
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                // Overrides the document-wide key requirement: the signature in the token is the authorization.
                operation.Security = [];
                return Task.CompletedTask;
            })
            .AddEndpointFilter((context, next) => context.HttpContext.RequestServices.GetRequiredService<OpenEndpointRateLimiter>().FilterAsync(context, next));
        feeds.MapGet("/{token}" + CalendarFeedTokens.Extension, FeedAsync).WithName("CalendarFeed")
            .WithSummary("An iCalendar subscription feed (a series, or every series of a person) for the current and the coming school year. No key needed: the signed token is the authorization.")
            .Produces<string>(StatusCodes.Status200OK, "text/calendar")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        var tokens = api.MapGroup("/calendar").WithTags("Calendar feeds");
        tokens.MapPost("/series/{id}/token", (string id, [FromServices] IPartnershipConfigStore store, [FromServices] CalendarFeedServices feeds, CancellationToken ct)
                => IssueAsync(CalendarFeedScope.Series, id, store, feeds, ct))
            .WithName("IssueSeriesCalendarFeed")
            .WithSummary("The subscription URL of a series' calendar feed (the same URL until revoked).")
            .Produces<CalendarFeedIssued>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        tokens.MapDelete("/series/{id}/token", (string id, [FromServices] IPartnershipConfigStore store, [FromServices] CalendarFeedServices feeds, CancellationToken ct)
                => RevokeAsync(CalendarFeedScope.Series, id, store, feeds, ct))
            .WithName("RevokeSeriesCalendarFeed")
            .WithSummary("Revokes every subscription URL of a series' feed handed out so far; answers the new URL.")
            .Produces<CalendarFeedIssued>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        tokens.MapPost("/people/{id}/token", (string id, [FromServices] IPartnershipConfigStore store, [FromServices] CalendarFeedServices feeds, CancellationToken ct)
                => IssueAsync(CalendarFeedScope.Person, id, store, feeds, ct))
            .WithName("IssuePersonCalendarFeed")
            .WithSummary("The subscription URL of the feed with every series a person is invited to (the same URL until revoked).")
            .Produces<CalendarFeedIssued>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        tokens.MapDelete("/people/{id}/token", (string id, [FromServices] IPartnershipConfigStore store, [FromServices] CalendarFeedServices feeds, CancellationToken ct)
                => RevokeAsync(CalendarFeedScope.Person, id, store, feeds, ct))
            .WithName("RevokePersonCalendarFeed")
            .WithSummary("Revokes every subscription URL of a person's feed handed out so far; answers the new URL.")
            .Produces<CalendarFeedIssued>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> FeedAsync(
        string token, [FromServices] CalendarFeedServices feeds, [FromServices] IPartnershipConfigStore store, [FromServices] DurableTaskClient client, [FromServices] TimeProvider time, CancellationToken cancellationToken)
    {
        if (feeds.Tokens.Verify(token) is not { } verified
            || await store.GetCurrentAsync(cancellationToken).ConfigureAwait(false) is not { } current
            || Series(current.Config, verified.Scope, verified.Id) is not { } series
            || await feeds.Versions.CurrentVersionAsync(verified.Scope, verified.Id, cancellationToken).ConfigureAwait(false) != verified.Version)
        {
            return Unknown();
        }

        var config = current.Config;
        var year = SchoolYear.Containing(AmsterdamToday.From(time));
        var occurrences = await FeedOccurrences.ReadAsync(config, series, year.First, new SchoolYear(year.StartYear + 1).Last, client, feeds.Timeline, cancellationToken).ConfigureAwait(false);
        string text = FeedWriter.Write(config, Name(config, verified, series), occurrences, time.GetUtcNow());
        return TypedResults.Text(text, "text/calendar; charset=utf-8", Encoding.UTF8);
    }

    private static async Task<IResult> IssueAsync(CalendarFeedScope scope, string id, IPartnershipConfigStore store, CalendarFeedServices feeds, CancellationToken cancellationToken)
    {
        if (await Refusal(scope, id, store, cancellationToken).ConfigureAwait(false) is { } refused)
        {
            return refused;
        }

        return TypedResults.Ok(await feeds.IssueAsync(scope, id, cancellationToken).ConfigureAwait(false));
    }

    private static async Task<IResult> RevokeAsync(CalendarFeedScope scope, string id, IPartnershipConfigStore store, CalendarFeedServices feeds, CancellationToken cancellationToken)
    {
        if (await Refusal(scope, id, store, cancellationToken).ConfigureAwait(false) is { } refused)
        {
            return refused;
        }

        int version = await feeds.Versions.RevokeAsync(scope, id, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(feeds.Issued(scope, id, version));
    }

    private static async Task<IResult?> Refusal(CalendarFeedScope scope, string id, IPartnershipConfigStore store, CancellationToken cancellationToken)
    {
        var current = await store.GetCurrentAsync(cancellationToken).ConfigureAwait(false);
        if (current is null)
        {
            return ApiProblems.NotFound("Er is nog geen configuratie opgeslagen (PUT /api/config).");
        }

        bool known = scope == CalendarFeedScope.Series ? current.Config.FindMeeting(id) is not null : current.Config.FindPerson(id) is not null;
        return known ? null
            : ApiProblems.NotFound(scope == CalendarFeedScope.Series ? $"Er is geen overlegreeks '{id}'." : $"Er is geen persoon '{id}' in de configuratie.");
    }

    /// <summary>The series a token's scope covers now; null when the configuration no longer has it.</summary>
    private static IReadOnlyList<Meeting>? Series(PartnershipConfig config, CalendarFeedScope scope, string id) => scope switch
    {
        CalendarFeedScope.Series => config.FindMeeting(id) is { } meeting ? [meeting] : null,
        _ => config.FindPerson(id) is not null ? FeedOccurrences.SeriesOf(config, id) : null,
    };

    /// <summary>The calendar's name in the client: the meeting's title, or the partnership's meetings for a person.</summary>
    private static string Name(PartnershipConfig config, CalendarFeedToken token, IReadOnlyList<Meeting> series)
        => token.Scope == CalendarFeedScope.Series
            ? series[0].Title
            : config.Partnership.Language == Language.En ? $"{config.Partnership.Name} meetings" : $"Overleggen {config.Partnership.Name}";

    private static IResult Unknown() => ApiProblems.NotFound("Dit agenda-abonnement bestaat niet of niet meer. Vraag de coördinatoren om een nieuwe link.");
}
