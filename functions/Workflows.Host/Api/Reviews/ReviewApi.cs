using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using NodaTime.Text;
using Microsoft.DurableTask.Client;
using Workflows.Host.Api.Config;
using Workflows.Host.Api.Subsidies;
using Workflows.Orchestrations.Reviews;
using Workflows.Orchestrations.Subsidies;
using Workflows.Partnerships.Limits;

namespace Workflows.Host.Api.Reviews;

/// <summary><c>POST /api/convenants/{id}/review-outcome</c>: records what a bestuur talk agreed (next year's agenda shows it; a new end date replaces the expiry alerts).</summary>
public static class ReviewApi
{
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapPost("/convenants/{id}/review-outcome", RecordAsync).WithName("RecordReviewOutcome").MaxBodyBytes(JsonBody.MaxBytes)
            .WithSummary("Records the outcome of a convenant's bestuur talk (summary, agreed changes, new validUntil).")
            .WithTags("Convenants")
            .DocumentBody(Microsoft.OpenApi.JsonSchemaType.Object, required: true, "application/json")
            .Produces(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
    }

    private static async Task<IResult> RecordAsync(string id, HttpRequest request, [FromServices] IPartnershipConfigStore store, [FromServices] DurableTaskClient client, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync<ReviewOutcomeRequest>(request, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        var result = await RecordOutcomeAsync(id, body!, await store.GetCurrentAsync(cancellationToken).ConfigureAwait(false), client, record: true, english: false, cancellationToken).ConfigureAwait(false);
        return result.Status switch
        {
            ReviewOutcomeStatus.Invalid => ApiProblems.BadRequest(result.Message, result.Errors),
            ReviewOutcomeStatus.NotFound => ApiProblems.NotFound(result.Message),
            ReviewOutcomeStatus.Conflict => ApiProblems.Conflict(result.Message),
            _ => TypedResults.Accepted($"{ApiEndpoints.Prefix}/instances/{result.InstanceId}"),
        };
    }

    /// <summary>
    /// Checks an outcome and, when <paramref name="record"/>, hands it to the convenant's bestuur-talk workflow. The API
    /// and the dashboard both call this; without <paramref name="record"/> (the dashboard's confirmation step) nothing is raised.
    /// Messages are Dutch (the API's) or, with <paramref name="english"/>, English (an English dashboard).
    /// </summary>
    internal static async Task<ReviewOutcomeResult> RecordOutcomeAsync(string id, ReviewOutcomeRequest body, StoredPartnershipConfig? current, DurableTaskClient client, bool record, bool english, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(client);
        string L(string dutch, string en) => english ? en : dutch;
        string invalid = L("De uitkomst is ongeldig; er is niets vastgelegd.", "The outcome is invalid; nothing has been recorded.");
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(body.Summary))
        {
            errors.Add(L("summary: verplicht, hoogstens 2000 tekens.", "summary: required, at most 2000 characters."));
        }
        else if (TextLimits.Check(body.Summary, "summary", TextLimits.Text, multiline: true, english) is { } summary)
        {
            errors.Add(summary);
        }

        if (body.AgreedChanges is { } changes && (changes.Count > 50 || changes.Any(string.IsNullOrWhiteSpace)))
        {
            errors.Add(L("agreedChanges: hoogstens 50 afspraken van elk 1 tot 500 tekens.", "agreedChanges: at most 50 agreements of 1 to 500 characters each."));
        }
        else if (body.AgreedChanges is { } agreed)
        {
            errors.AddRange(agreed.Select((c, i) => TextLimits.Check(c, $"agreedChanges[{i}]", TextLimits.Line, english: english)).OfType<string>());
        }

        string? validUntil = null;
        if (body.ValidUntil is not null && (validUntil = SubsidyRoundSnapshots.TryDate(body.ValidUntil)) is null)
        {
            errors.Add(L($"validUntil: '{body.ValidUntil}' is geen datum (yyyy-MM-dd).", $"validUntil: '{body.ValidUntil}' is not a date (yyyy-MM-dd)."));
        }

        if (errors.Count > 0)
        {
            return ReviewOutcomeResult.Invalid(invalid, errors);
        }

        if (current is null)
        {
            return new ReviewOutcomeResult(ReviewOutcomeStatus.NotFound, L("Er is nog geen configuratie opgeslagen (PUT /api/config).", "No configuration has been stored yet (PUT /api/config)."), [], null, null);
        }

        if (current.Config.FindConvenant(id) is not { } convenant)
        {
            return new ReviewOutcomeResult(ReviewOutcomeStatus.NotFound, L($"Er is geen convenant '{id}'; de configuratie heeft: {Ids(current)}.", $"There is no convenant '{id}'; the configuration has: {Ids(current)}."), [], null, null);
        }

        if (validUntil is not null && LocalDatePattern.Iso.Parse(validUntil).Value <= convenant.ValidUntil)
        {
            string inForce = LocalDatePattern.Iso.Format(convenant.ValidUntil);
            return ReviewOutcomeResult.Invalid(invalid, [L($"validUntil: {validUntil} ligt niet na de huidige einddatum {inForce}.", $"validUntil: {validUntil} is not after the current end date {inForce}.")]);
        }

        if (validUntil is not null && LocalDatePattern.Iso.Parse(validUntil).Value > Workflows.Partnerships.Configuration.DateHorizon.Latest(convenant.ValidUntil))
        {
            // A convenant is extended by years, not centuries: 9999-12-31 would overflow the yearly talks' arithmetic.
            string inForce = LocalDatePattern.Iso.Format(convenant.ValidUntil);
            int years = Workflows.Partnerships.Configuration.DateHorizon.Years;
            return ReviewOutcomeResult.Invalid(invalid, [L($"validUntil: {validUntil} ligt meer dan {years} jaar na de huidige einddatum {inForce}.", $"validUntil: {validUntil} is more than {years} years after the current end date {inForce}.")]);
        }

        string instanceId = ConvenantSnapshots.InstanceId(current.Config.Partnership.Id, id);
        var instance = await client.GetInstanceAsync(instanceId, cancellation: cancellationToken).ConfigureAwait(false);
        if (instance is null || instance.IsCompleted)
        {
            return new ReviewOutcomeResult(ReviewOutcomeStatus.Conflict, L($"Voor convenant '{id}' loopt geen bestuursgesprek-workflow.", $"No board-talk workflow is running for convenant '{id}'."), [], instanceId, null);
        }

        var outcome = new ReviewOutcome(body.Summary!.Trim(), [.. (body.AgreedChanges ?? []).Select(c => c.Trim())], validUntil);
        if (record)
        {
            await client.RaiseEventAsync(instanceId, ReviewEvents.Outcome, outcome, cancellationToken).ConfigureAwait(false);
        }

        return new ReviewOutcomeResult(ReviewOutcomeStatus.Ready, string.Empty, [], instanceId, outcome);
    }

    private static string Ids(StoredPartnershipConfig current) => string.Join(", ", current.Config.Convenants.Select(c => c.Id));
}
