using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using NodaTime.Text;
using Workflows.Durable;
using Workflows.Host.Api.Config;
using Workflows.Host.Api.Subsidies;
using Workflows.Host.Reviews;
using Workflows.Host.Subsidies;

namespace Workflows.Host.Api.Reviews;

/// <summary><c>POST /api/convenants/{id}/review-outcome</c>: records what a bestuur talk agreed (next year's agenda shows it; a new end date replaces the expiry alerts).</summary>
public static class ReviewApi
{
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapPost("/convenants/{id}/review-outcome", RecordAsync).WithName("RecordReviewOutcome")
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

        var result = await RecordOutcomeAsync(id, body!, await store.GetCurrentAsync(cancellationToken).ConfigureAwait(false), client, record: true, cancellationToken).ConfigureAwait(false);
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
    /// </summary>
    internal static async Task<ReviewOutcomeResult> RecordOutcomeAsync(string id, ReviewOutcomeRequest body, StoredPartnershipConfig? current, DurableTaskClient client, bool record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(client);
        const string Invalid = "De uitkomst is ongeldig; er is niets vastgelegd.";
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(body.Summary) || body.Summary.Length > 2000)
        {
            errors.Add("summary: verplicht, hoogstens 2000 tekens.");
        }

        if (body.AgreedChanges is { } changes && (changes.Count > 50 || changes.Any(c => string.IsNullOrWhiteSpace(c) || c.Length > 500)))
        {
            errors.Add("agreedChanges: hoogstens 50 afspraken van elk 1 tot 500 tekens.");
        }

        string? validUntil = null;
        if (body.ValidUntil is not null && (validUntil = SubsidyRoundSnapshots.TryDate(body.ValidUntil)) is null)
        {
            errors.Add($"validUntil: '{body.ValidUntil}' is geen datum (yyyy-MM-dd).");
        }

        if (errors.Count > 0)
        {
            return ReviewOutcomeResult.Invalid(Invalid, errors);
        }

        if (current is null)
        {
            return new ReviewOutcomeResult(ReviewOutcomeStatus.NotFound, "Er is nog geen configuratie opgeslagen (PUT /api/config).", [], null, null);
        }

        if (current.Config.FindConvenant(id) is not { } convenant)
        {
            return new ReviewOutcomeResult(ReviewOutcomeStatus.NotFound, $"Er is geen convenant '{id}'; de configuratie heeft: {string.Join(", ", current.Config.Convenants.Select(c => c.Id))}.", [], null, null);
        }

        if (validUntil is not null && LocalDatePattern.Iso.Parse(validUntil).Value <= convenant.ValidUntil)
        {
            return ReviewOutcomeResult.Invalid(Invalid, [$"validUntil: {validUntil} ligt niet na de huidige einddatum {LocalDatePattern.Iso.Format(convenant.ValidUntil)}."]);
        }

        string instanceId = ConvenantSnapshots.InstanceId(current.Config.Partnership.Id, id);
        var instance = await client.GetInstanceAsync(instanceId, cancellation: cancellationToken).ConfigureAwait(false);
        if (instance is null || instance.IsCompleted)
        {
            return new ReviewOutcomeResult(ReviewOutcomeStatus.Conflict, $"Voor convenant '{id}' loopt geen bestuursgesprek-workflow.", [], instanceId, null);
        }

        var outcome = new ReviewOutcome(body.Summary!.Trim(), [.. (body.AgreedChanges ?? []).Select(c => c.Trim())], validUntil);
        if (record)
        {
            await client.RaiseEventAsync(instanceId, ReviewEvents.Outcome, outcome, cancellationToken).ConfigureAwait(false);
        }

        return new ReviewOutcomeResult(ReviewOutcomeStatus.Ready, string.Empty, [], instanceId, outcome);
    }
}
