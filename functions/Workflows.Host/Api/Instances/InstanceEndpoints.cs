using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.DurableTask.Client;

namespace Workflows.Host.Api.Instances;

/// <summary>
/// Engine management through <see cref="DurableTaskClient"/>, with Durable Functions' HTTP semantics: 202 when an
/// operation is queued for the instance, 404 for an unknown instance, 410 when it has finished, 409 when its
/// state does not allow the operation.
/// </summary>
internal static partial class InstanceEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/instances").WithTags("Instances");
        group.MapGet(string.Empty, ListAsync).WithName("ListInstances")
            .WithSummary("Instances, filtered by status (comma-separated), id prefix and creation time; paged.")
            .Produces<InstancePage>().ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/{id}", GetAsync).WithName("GetInstance")
            .WithSummary("An instance's status, input, output and custom status.")
            .Produces<InstanceStatus>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id}/history", HistoryAsync).WithName("GetInstanceHistory")
            .WithSummary("The current execution's recorded history, oldest first.")
            .Produces<IReadOnlyList<InstanceHistoryEvent>>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id}/events/{name}", RaiseEventAsync).WithName("RaiseEvent")
            .WithSummary("Raises an external event; the JSON body is its payload.")
            .DocumentBody(Microsoft.OpenApi.JsonSchemaType.Object | Microsoft.OpenApi.JsonSchemaType.Array | Microsoft.OpenApi.JsonSchemaType.String | Microsoft.OpenApi.JsonSchemaType.Number | Microsoft.OpenApi.JsonSchemaType.Boolean | Microsoft.OpenApi.JsonSchemaType.Null, required: false, "application/json")
            .Produces<AcceptedOperation>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status410Gone);
        MapControl(group, "terminate", "TerminateInstance", "Terminates a running instance.");
        MapControl(group, "suspend", "SuspendInstance", "Suspends a running instance.");
        MapControl(group, "resume", "ResumeInstance", "Resumes a suspended instance.");
        group.MapDelete("/{id}", PurgeAsync).WithName("PurgeInstance")
            .WithSummary("Deletes a completed, failed or terminated instance and its history.")
            .Produces<PurgeOutcome>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static void MapControl(RouteGroupBuilder group, string operation, string name, string summary)
        => group.MapPost($"/{{id}}/{operation}", (string id, string? reason, HttpContext http, [FromServices] DurableTaskClient client, CancellationToken ct)
                => ControlAsync(operation, id, reason, http, client, ct))
            .WithName(name).WithSummary(summary + " Optional query parameter 'reason'.")
            .Produces<AcceptedOperation>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status410Gone);

    private static async Task<IResult> ListAsync(
        string? status, string? prefix, string? createdFrom, string? createdTo, string? pageSize, string? continuationToken,
        [FromServices] DurableTaskClient client, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        var unknown = new List<string>();
        var statuses = InstanceQueries.ParseStatuses([status], unknown);
        errors.AddRange(unknown.Select(part => $"status: '{part}' is geen status ({string.Join(", ", Enum.GetNames<OrchestrationRuntimeStatus>())})."));
        var from = ParseTime(createdFrom, nameof(createdFrom), errors);
        var to = ParseTime(createdTo, nameof(createdTo), errors);
        int size = 100;
        if (pageSize is not null && !InstanceQueries.TryParsePageSize(pageSize, out size))
        {
            errors.Add($"pageSize: een getal van 1 tot en met {InstanceQueries.MaxPageSize}.");
        }

        if (!string.IsNullOrEmpty(prefix) && !InstanceCommands.IsValidId(prefix))
        {
            errors.Add("prefix: hoogstens 400 tekens, zonder '/', '\\', '#', '?' of stuurtekens.");
        }

        if (continuationToken is not null && !InstanceQueries.IsPlausibleToken(continuationToken))
        {
            errors.Add("continuationToken: geen vervolgtoken van deze lijst.");
        }

        if (errors.Count > 0)
        {
            return ApiProblems.BadRequest("De zoekvraag is ongeldig.", errors);
        }

        var query = new OrchestrationQuery
        {
            Statuses = statuses,
            InstanceIdPrefix = string.IsNullOrEmpty(prefix) ? null : prefix,
            CreatedFrom = from,
            CreatedTo = to,
            PageSize = size,
            FetchInputsAndOutputs = true,
        };
        var page = await InstanceQueries.PageAsync(client, query, continuationToken, cancellationToken).ConfigureAwait(false);
        return page is null
            ? ApiProblems.BadRequest("De zoekvraag is ongeldig.", ["continuationToken: geen vervolgtoken van deze lijst."])
            : TypedResults.Ok(new InstancePage([.. page.Instances.Select(InstanceStatus.From)], page.ContinuationToken));
    }

    private static async Task<IResult> GetAsync(string id, [FromServices] DurableTaskClient client, CancellationToken cancellationToken)
    {
        if (InvalidId(id) is { } bad)
        {
            return bad;
        }

        var metadata = await client.GetInstanceAsync(id, getInputsAndOutputs: true, cancellationToken).ConfigureAwait(false);
        return metadata is null ? Unknown(id) : TypedResults.Ok(InstanceStatus.From(metadata));
    }

    private static async Task<IResult> HistoryAsync(string id, [FromServices] DurableTaskClient client, CancellationToken cancellationToken)
    {
        if (InvalidId(id) is { } bad)
        {
            return bad;
        }

        if (await client.GetInstanceAsync(id, cancellation: cancellationToken).ConfigureAwait(false) is null)
        {
            return Unknown(id);
        }

        var history = await InstanceHistory.ReadAsync(client, id, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(history.Select(e => new InstanceHistoryEvent(e.EventType, e.At, InstanceStatus.Parse(e.Json))).ToList());
    }

    private static async Task<IResult> RaiseEventAsync(string id, string name, HttpContext http, [FromServices] DurableTaskClient client, CancellationToken cancellationToken)
    {
        if (InvalidId(id) is { } bad)
        {
            return bad;
        }

        if (InstanceCommands.EventNameError(name, "name") is { } badName)
        {
            return ApiProblems.BadRequest("Het verzoek is ongeldig.", [badName]);
        }

        JsonElement? payload = null;
        if (http.Request.ContentLength is not 0)
        {
            using var reader = new StreamReader(http.Request.Body);
            string body = await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
            if (!InstanceCommands.TryParsePayload(body, out payload, out string? error))
            {
                return ApiProblems.BadRequest($"De inhoud is geen geldige JSON: {error}");
            }
        }

        var allowed = await InstanceCommands.CheckAsync(client, id, InstanceOperation.RaiseEvent, cancellationToken).ConfigureAwait(false);
        if (!allowed.Allowed)
        {
            return Refusal(id, allowed);
        }

        if (InstanceCommands.PayloadError(allowed.Instance!.Name, name, payload) is { } badPayload)
        {
            return ApiProblems.BadRequest("Het verzoek is ongeldig.", [badPayload]);
        }

        var check = await InstanceCommands.RunAsync(client, id, InstanceOperation.RaiseEvent, null, name, payload, cancellationToken).ConfigureAwait(false);
        return check.Allowed ? Accepted(http, id, "event") : Refusal(id, check);
    }

    private static async Task<IResult> ControlAsync(string operation, string id, string? reason, HttpContext http, [FromServices] DurableTaskClient client, CancellationToken cancellationToken)
    {
        if (InvalidId(id) is { } bad)
        {
            return bad;
        }

        if (InstanceCommands.ReasonError(reason, "reason") is { } badReason)
        {
            return ApiProblems.BadRequest("Het verzoek is ongeldig.", [badReason]);
        }

        var kind = operation switch
        {
            "terminate" => InstanceOperation.Terminate,
            "suspend" => InstanceOperation.Suspend,
            _ => InstanceOperation.Resume,
        };
        var check = await InstanceCommands.RunAsync(client, id, kind, reason, null, null, cancellationToken).ConfigureAwait(false);
        return check.Allowed ? Accepted(http, id, operation) : Refusal(id, check);
    }

    private static async Task<IResult> PurgeAsync(string id, [FromServices] DurableTaskClient client, CancellationToken cancellationToken)
    {
        if (InvalidId(id) is { } bad)
        {
            return bad;
        }

        var check = await InstanceCommands.RunAsync(client, id, InstanceOperation.Purge, null, null, null, cancellationToken).ConfigureAwait(false);
        return check.Allowed ? TypedResults.Ok(new PurgeOutcome(check.Purged)) : Refusal(id, check);
    }

    /// <summary>Why an operation was refused, as problem details (Dutch, like the rest of the API).</summary>
    private static IResult Refusal(string id, InstanceCheck check) => check.Verdict switch
    {
        InstanceVerdict.Unknown => Unknown(id),
        InstanceVerdict.Finished => ApiProblems.Gone($"Instantie '{id}' is al afgelopen (status {check.Instance?.RuntimeStatus})."),
        InstanceVerdict.AlreadySuspended => ApiProblems.Conflict($"Instantie '{id}' is al onderbroken."),
        InstanceVerdict.NotSuspended => ApiProblems.Conflict($"Instantie '{id}' is niet onderbroken (status {check.Instance?.RuntimeStatus})."),
        InstanceVerdict.NotFinished => ApiProblems.Conflict($"Instantie '{id}' is {check.Instance?.RuntimeStatus}; alleen voltooide, mislukte of beëindigde instanties kunnen worden verwijderd."),
        // The engine's own reason is English; the API answers in Dutch.
        InstanceVerdict.Refused => ApiProblems.Conflict($"Instantie '{id}' kan nu niet worden verwijderd (de workflow-engine weigert het); probeer het later opnieuw."),
        _ => InvalidIdProblem(),
    };

    private static Microsoft.AspNetCore.Http.HttpResults.Accepted<AcceptedOperation> Accepted(HttpContext http, string id, string operation)
    {
        string location = $"{http.Request.PathBase}/api/instances/{Uri.EscapeDataString(id)}";
        return TypedResults.Accepted(location, new AcceptedOperation(id, operation, location));
    }

    private static IResult Unknown(string id) => ApiProblems.NotFound($"Er is geen instantie '{id}'.");


    /// <summary>The engine's rule for instance ids (they become table partition keys), checked before any storage call.</summary>
    private static IResult? InvalidId(string id) => InstanceCommands.IsValidId(id) ? null : InvalidIdProblem();

    private static IResult InvalidIdProblem()
        => ApiProblems.BadRequest("Een instantie-id heeft hoogstens 400 tekens, zonder '/', '\\', '#', '?' of stuurtekens.");

    private static DateTimeOffset? ParseTime(string? value, string name, List<string> errors)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
        {
            return parsed;
        }

        errors.Add($"{name}: '{value}' is geen tijdstip (ISO 8601).");
        return null;
    }
}
