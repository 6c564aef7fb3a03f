using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using NodaTime;
using NodaTime.Text;
using Microsoft.DurableTask.Client;
using Workflows.Host.Api.Config;
using Workflows.Orchestrations.Subsidies;
using Workflows.Partnerships.Configuration;
using Workflows.Partnerships.Limits;
using Workflows.Partnerships.Selectors;

namespace Workflows.Host.Api.Subsidies;

/// <summary>
/// Subsidy rounds at run time: register (<c>POST /api/subsidy-rounds</c>), list with who acted (<c>GET</c>), change
/// the deadline (<c>PATCH /api/subsidy-rounds/{id}</c>) and withdraw (<c>DELETE /api/subsidy-rounds/{id}</c>). Bad
/// input is a 400 with every problem, and nothing is started or raised.
/// </summary>
public static partial class SubsidyApi
{
    /// <summary>A round's audience is a handful of roles and organizations; this bounds what one request can ask.</summary>
    private const int MaxSelectors = 100;

    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapPost("/subsidy-rounds", RegisterAsync).WithName("RegisterSubsidyRound").MaxBodyBytes(JsonBody.MaxBytes)
            .WithSummary("Registers a subsidy round and announces it at once to the directors its audience selects.")
            .WithTags("Subsidy rounds")
            .DocumentBody(Microsoft.OpenApi.JsonSchemaType.Object, required: true, "application/json")
            .Produces<SubsidyRoundSummary>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        api.MapGet("/subsidy-rounds", ListAsync).WithName("ListSubsidyRounds")
            .WithSummary("Every subsidy round of the partnership with who applies, who declined and who has not reacted.")
            .WithTags("Subsidy rounds")
            .Produces<IReadOnlyList<SubsidyRoundSummary>>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/subsidy-rounds/{id}", GetAsync).WithName("GetSubsidyRound")
            .WithSummary("One subsidy round with who acted.")
            .WithTags("Subsidy rounds")
            .Produces<SubsidyRoundSummary>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPatch("/subsidy-rounds/{id}", ChangeAsync).WithName("ChangeSubsidyDeadline").MaxBodyBytes(JsonBody.MaxBytes)
            .WithSummary("Moves a running round's deadline; the reminders are rescheduled.")
            .WithTags("Subsidy rounds")
            .DocumentBody(Microsoft.OpenApi.JsonSchemaType.Object, required: true, "application/json")
            .Produces(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        api.MapDelete("/subsidy-rounds/{id}", WithdrawAsync).WithName("WithdrawSubsidyRound").MaxBodyBytes(JsonBody.MaxBytes)
            .WithSummary("Withdraws a running round: every recipient and the coordinators get a notice.")
            .WithTags("Subsidy rounds")
            .Produces(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<IResult> RegisterAsync(HttpRequest request, [FromServices] IPartnershipConfigStore store, [FromServices] DurableTaskClient client, [FromServices] TimeProvider time, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync<SubsidyRoundRequest>(request, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        if (await store.GetCurrentAsync(cancellationToken).ConfigureAwait(false) is not { } current)
        {
            return NoConfig();
        }

        var registration = await RegisterRoundAsync(body!, current.Config, client, AmsterdamToday.From(time), start: true, english: false, cancellationToken).ConfigureAwait(false);
        return registration switch
        {
            { Errors.Count: > 0 } => ApiProblems.BadRequest($"De subsidieronde heeft {registration.Errors.Count} fout(en); er is niets gestart.", registration.Errors),
            { Conflict: { } conflict } => ApiProblems.Conflict(conflict),
            _ => TypedResults.Created($"{ApiEndpoints.Prefix}/subsidy-rounds/{registration.Snapshot!.RoundId}", Summary(registration.Snapshot, null, "Pending")),
        };
    }

    private static async Task<IResult> ListAsync([FromServices] IPartnershipConfigStore store, [FromServices] DurableTaskClient client, CancellationToken cancellationToken)
    {
        if (await store.GetCurrentAsync(cancellationToken).ConfigureAwait(false) is not { } current)
        {
            return NoConfig();
        }

        var rounds = await ReadRoundsAsync(client, current.Config.Partnership.Id, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(rounds.Select(r => Summary(r.Round, r.Status, r.Runtime)).ToList());
    }

    private static async Task<IResult> GetAsync(string id, [FromServices] IPartnershipConfigStore store, [FromServices] DurableTaskClient client, CancellationToken cancellationToken)
    {
        var (instance, missing) = await FindAsync(id, store, client, cancellationToken).ConfigureAwait(false);
        return missing ?? (From(instance!) is { } summary ? TypedResults.Ok(summary) : NotFound(id));
    }

    private static async Task<IResult> ChangeAsync(string id, HttpRequest request, [FromServices] IPartnershipConfigStore store, [FromServices] DurableTaskClient client, [FromServices] TimeProvider time, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync<SubsidyRoundChange>(request, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        var errors = new List<string>();
        string? deadline = null;
        if (!SubsidyDeadline.TryParse(body!.Deadline, out var date, out var timeOfDay))
        {
            errors.Add(NotADeadline(body.Deadline, english: false));
        }
        else if (date < AmsterdamToday.From(time))
        {
            errors.Add($"deadline: {body.Deadline.Trim()} ligt in het verleden.");
        }
        else if (date > DateHorizon.Latest(AmsterdamToday.From(time)))
        {
            errors.Add($"deadline: {body.Deadline.Trim()} ligt meer dan {DateHorizon.Years} jaar in de toekomst.");
        }
        else
        {
            deadline = SubsidyDeadline.Format(date, timeOfDay);
        }

        if (body.Reason is not null && TextLimits.Check(body.Reason, "reason", TextLimits.Text, multiline: true) is { } reason)
        {
            errors.Add(reason);
        }

        if (errors.Count > 0)
        {
            return ApiProblems.BadRequest("De wijziging is ongeldig; er is niets veranderd.", errors);
        }

        var (instance, missing) = await FindAsync(id, store, client, cancellationToken).ConfigureAwait(false);
        if (missing is not null)
        {
            return missing;
        }

        if (instance!.IsCompleted)
        {
            return ApiProblems.Conflict($"De subsidieronde '{id}' is al afgesloten.");
        }

        await client.RaiseEventAsync(instance.InstanceId, SubsidyEvents.DeadlineChanged, new DeadlineChange(deadline!, body.Reason), cancellationToken).ConfigureAwait(false);
        return TypedResults.Accepted($"{ApiEndpoints.Prefix}/subsidy-rounds/{id}");
    }

    private static async Task<IResult> WithdrawAsync(string id, string? reason, [FromServices] IPartnershipConfigStore store, [FromServices] DurableTaskClient client, CancellationToken cancellationToken)
    {
        if (reason is not null && TextLimits.Check(reason, "reason", TextLimits.Text, multiline: true) is { } bad)
        {
            return ApiProblems.BadRequest("De intrekking is ongeldig; er is niets veranderd.", [bad]);
        }

        var (instance, missing) = await FindAsync(id, store, client, cancellationToken).ConfigureAwait(false);
        if (missing is not null)
        {
            return missing;
        }

        if (instance!.IsCompleted)
        {
            return ApiProblems.Conflict($"De subsidieronde '{id}' is al afgesloten.");
        }

        await client.RaiseEventAsync(instance.InstanceId, SubsidyEvents.RoundWithdrawn, new RoundWithdrawal(reason), cancellationToken).ConfigureAwait(false);
        return TypedResults.Accepted($"{ApiEndpoints.Prefix}/subsidy-rounds/{id}");
    }

    /// <summary>Every problem of a request at once; the round only when there is none.</summary>
    /// <param name="english">English messages (an English dashboard) instead of the API's Dutch ones.</param>
    internal static (SubsidyRound? Round, List<string> Errors) Validate(SubsidyRoundRequest body, PartnershipConfig config, LocalDate today, bool english = false)
    {
        string L(string dutch, string en) => english ? en : dutch;
        var errors = new List<string>();
        if (body.Id is null || !IdPattern().IsMatch(body.Id))
        {
            errors.Add(L($"id: '{body.Id}' moet uit kleine letters, cijfers en streepjes bestaan (hoogstens 60).", $"id: '{body.Id}' must consist of lower-case letters, digits and dashes (at most 60)."));
        }

        if (string.IsNullOrWhiteSpace(body.Title))
        {
            errors.Add(L("title: verplicht, hoogstens 200 tekens.", "title: required, at most 200 characters."));
        }
        else if (TextLimits.Check(body.Title, "title", TextLimits.Title, english: english) is { } title)
        {
            errors.Add(title);
        }

        if (string.IsNullOrWhiteSpace(body.Funder))
        {
            errors.Add(L("funder: verplicht, hoogstens 200 tekens.", "funder: required, at most 200 characters."));
        }
        else if (TextLimits.Check(body.Funder, "funder", TextLimits.Title, english: english) is { } funder)
        {
            errors.Add(funder);
        }

        bool readable = SubsidyDeadline.TryParse(body.Deadline, out var deadline, out var deadlineTime);
        if (!readable)
        {
            errors.Add(NotADeadline(body.Deadline, english));
        }
        else if (deadline < today)
        {
            errors.Add(L($"deadline: {body.Deadline} ligt in het verleden.", $"deadline: {body.Deadline} is in the past."));
        }
        else if (deadline > DateHorizon.Latest(today))
        {
            errors.Add(L(
                $"deadline: {body.Deadline} ligt meer dan {DateHorizon.Years} jaar in de toekomst.",
                $"deadline: {body.Deadline} is more than {DateHorizon.Years} years ahead."));
        }

        if (body.Audience is not { Count: > 0 })
        {
            errors.Add(L("audience: noem minstens één selector (bijv. role:directeur).", "audience: name at least one selector (e.g. role:directeur)."));
        }
        else if (body.Audience.Count > MaxSelectors)
        {
            errors.Add(L($"audience: hoogstens {MaxSelectors} selectors.", $"audience: at most {MaxSelectors} selectors."));
        }
        else if (body.Audience.Select((selector, i) => TextLimits.Check(selector ?? string.Empty, $"audience[{i}]", TextLimits.Line, english: english)).OfType<string>().ToList() is { Count: > 0 } selectors)
        {
            // Checked before the resolver, which would repeat an over-long selector in its own message.
            errors.AddRange(selectors);
        }
        else
        {
            foreach (string selector in body.Audience)
            {
                // The resolver's reasons are the configuration file's diagnostics, in English: the Dutch answer names
                // the selector and what a selector may be.
                var problems = SelectorResolver.Validate(config, selector ?? string.Empty);
                if (problems.Count > 0)
                {
                    errors.AddRange(english
                        ? problems.Select(e => $"audience: '{selector}': {e}")
                        : [$"audience: '{selector}' is geen geldige selector of noemt een onbekende persoon of organisatie (gebruik role:…, kind:…, org:… of een persoons-id; combineer met &)."]);
                }
            }

            if (errors.Count == 0 && SelectorResolver.Resolve(config, body.Audience).Count == 0)
            {
                errors.Add(L("audience: de selectors kiezen niemand uit de configuratie.", "audience: the selectors choose nobody from the configuration."));
            }
        }

        if (body.Reminders is { } reminders && (reminders.Count > 10 || reminders.Any(d => d is < 1 or > 365)))
        {
            errors.Add(L("reminders: hoogstens tien dagen, elk van 1 tot 365 dagen voor de deadline.", "reminders: at most ten days, each 1 to 365 days before the deadline."));
        }

        Uri? url = null;
        if (body.Url is not null && TextLimits.Check(body.Url, "url", TextLimits.Url, english: english) is { } badUrl)
        {
            errors.Add(badUrl);
        }
        else if (body.Url is not null && (!Uri.TryCreate(body.Url, UriKind.Absolute, out url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp)))
        {
            errors.Add(L($"url: '{body.Url}' is geen http(s)-adres.", $"url: '{body.Url}' is not an http(s) address."));
        }

        return errors.Count > 0
            ? (null, errors)
            : (new SubsidyRound(body.Id!, body.Title!.Trim(), body.Funder!.Trim(), deadline, [.. body.Audience!], body.Reminders ?? SubsidyRound.DefaultReminders, url, body.ShareApplications ?? false, deadlineTime), errors);
    }

    // A deadline is a date (the whole day counts) or a date with a local time of day (the round closes then).
    private static string NotADeadline(string? text, bool english) =>
        english
            ? $"deadline: '{text}' is not a date (yyyy-MM-dd) or a date with a time (yyyy-MM-ddTHH:mm)."
            : $"deadline: '{text}' is geen datum (yyyy-MM-dd) of datum met tijd (yyyy-MM-ddTHH:mm).";

    private static async Task<(OrchestrationMetadata? Instance, IResult? Missing)> FindAsync(string id, IPartnershipConfigStore store, DurableTaskClient client, CancellationToken cancellationToken)
    {
        if (await store.GetCurrentAsync(cancellationToken).ConfigureAwait(false) is not { } current)
        {
            return (null, NoConfig());
        }

        var instance = await client.GetInstanceAsync(SubsidyRoundSnapshots.InstanceId(current.Config.Partnership.Id, id), getInputsAndOutputs: true, cancellationToken).ConfigureAwait(false);
        return instance is null ? (null, NotFound(id)) : (instance, null);
    }

    private static SubsidyRoundSummary? From(OrchestrationMetadata instance)
        => State(instance) is { } state ? Summary(state.Round, state.Status, state.Runtime) : null;

    internal static SubsidyRoundSummary Summary(SubsidyRoundSnapshot round, SubsidyRoundStatus? status, string runtime)
    {
        var answers = status?.Answers ?? [];
        var latest = round.Recipients
            .Select(m => (Member: m, Answer: answers.LastOrDefault(a => a.RecipientId == m.Id)))
            .ToList();
        return new SubsidyRoundSummary(
            round.RoundId,
            SubsidyRoundSnapshots.InstanceId(round.PartnershipId, round.RoundId),
            round.Title,
            round.Funder,
            round.Deadline,
            round.Source,
            runtime,
            status?.Phase ?? "starting",
            [.. latest.Where(x => x.Answer is not null).Select(x => new SubsidyRoundAnswer(x.Member.Id, x.Member.Name, x.Member.OrganizationName, x.Answer!.Action, x.Answer.At))],
            [.. latest.Where(x => x.Answer is null).Select(x => x.Member.Id)],
            round.DeadlineTime);
    }

    private static IResult NotFound(string id) => ApiProblems.NotFound($"Er is geen subsidieronde '{id}'.");

    private static IResult NoConfig() => ApiProblems.NotFound("Er is nog geen configuratie opgeslagen (PUT /api/config).");

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,59}$")]
    private static partial Regex IdPattern();
}
