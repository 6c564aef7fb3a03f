using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace Workflows.Functions.Http;

/// <summary>
/// The API's routes under <c>/api/</c> (configuration, health, OpenAPI, series, subsidy rounds, convenants) at the
/// <c>Function</c> level: the host checks the key, then each function runs <c>serve</c>'s own pipeline on the request.
/// Health and the OpenAPI document are <c>Anonymous</c>, as under <c>serve</c>: probes call them without a key.
/// </summary>
internal sealed class ApiFunctions(PlatformApp platform)
{
    [Function("Api_Config")]
    public Task<IActionResult> Config([HttpTrigger(AuthorizationLevel.Function, "get", "put", Route = "api/config")] HttpRequest request, [DurableClient] DurableTaskClient client)
        => HttpForwarding.ForwardAsync(platform, request, client);

    [Function("Api_Health")]
    public Task<IActionResult> Health([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/health")] HttpRequest request, [DurableClient] DurableTaskClient client)
        => HttpForwarding.ForwardAsync(platform, request, client);

    [Function("Api_OpenApi")]
    public Task<IActionResult> OpenApi([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/openapi.json")] HttpRequest request, [DurableClient] DurableTaskClient client)
        => HttpForwarding.ForwardAsync(platform, request, client);

    [Function("Api_Series")]
    public Task<IActionResult> Series([HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/series")] HttpRequest request, [DurableClient] DurableTaskClient client)
        => HttpForwarding.ForwardAsync(platform, request, client);

    [Function("Api_SeriesRsvp")]
    public Task<IActionResult> SeriesRsvp([HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/series/{id}/rsvp")] HttpRequest request, [DurableClient] DurableTaskClient client)
        => HttpForwarding.ForwardAsync(platform, request, client);

    [Function("Api_SeriesOccurrences")]
    public Task<IActionResult> SeriesOccurrences([HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/series/{id}/occurrences")] HttpRequest request, [DurableClient] DurableTaskClient client)
        => HttpForwarding.ForwardAsync(platform, request, client);

    [Function("Api_OccurrenceCancel")]
    public Task<IActionResult> OccurrenceCancel([HttpTrigger(AuthorizationLevel.Function, "post", Route = "api/series/{id}/occurrences/{date}/cancel")] HttpRequest request, [DurableClient] DurableTaskClient client)
        => HttpForwarding.ForwardAsync(platform, request, client);

    [Function("Api_OccurrenceMove")]
    public Task<IActionResult> OccurrenceMove([HttpTrigger(AuthorizationLevel.Function, "post", Route = "api/series/{id}/occurrences/{date}/move")] HttpRequest request, [DurableClient] DurableTaskClient client)
        => HttpForwarding.ForwardAsync(platform, request, client);

    [Function("Api_OccurrenceResend")]
    public Task<IActionResult> OccurrenceResend([HttpTrigger(AuthorizationLevel.Function, "post", Route = "api/series/{id}/occurrences/{date}/resend")] HttpRequest request, [DurableClient] DurableTaskClient client)
        => HttpForwarding.ForwardAsync(platform, request, client);

    [Function("Api_OccurrenceDecision")]
    public Task<IActionResult> OccurrenceDecision([HttpTrigger(AuthorizationLevel.Function, "post", Route = "api/series/{id}/occurrences/{date}/decision")] HttpRequest request, [DurableClient] DurableTaskClient client)
        => HttpForwarding.ForwardAsync(platform, request, client);

    [Function("Api_OccurrenceDocuments")]
    public Task<IActionResult> OccurrenceDocuments([HttpTrigger(AuthorizationLevel.Function, "get", "post", Route = "api/series/{id}/occurrences/{date}/documents")] HttpRequest request, [DurableClient] DurableTaskClient client)
        => HttpForwarding.ForwardAsync(platform, request, client);

    [Function("Api_CalendarSeriesToken")]
    public Task<IActionResult> CalendarSeriesToken([HttpTrigger(AuthorizationLevel.Function, "post", "delete", Route = "api/calendar/series/{id}/token")] HttpRequest request, [DurableClient] DurableTaskClient client)
        => HttpForwarding.ForwardAsync(platform, request, client);

    [Function("Api_CalendarPersonToken")]
    public Task<IActionResult> CalendarPersonToken([HttpTrigger(AuthorizationLevel.Function, "post", "delete", Route = "api/calendar/people/{id}/token")] HttpRequest request, [DurableClient] DurableTaskClient client)
        => HttpForwarding.ForwardAsync(platform, request, client);

    [Function("Api_AgendaItems")]
    public Task<IActionResult> AgendaItems([HttpTrigger(AuthorizationLevel.Function, "get", "post", Route = "api/series/{id}/occurrences/{date}/agenda-items")] HttpRequest request, [DurableClient] DurableTaskClient client)
        => HttpForwarding.ForwardAsync(platform, request, client);

    [Function("Api_AgendaItem")]
    public Task<IActionResult> AgendaItem([HttpTrigger(AuthorizationLevel.Function, "patch", Route = "api/series/{id}/occurrences/{date}/agenda-items/{key}")] HttpRequest request, [DurableClient] DurableTaskClient client)
        => HttpForwarding.ForwardAsync(platform, request, client);

    [Function("Api_AgendaItemDecision")]
    public Task<IActionResult> AgendaItemDecision([HttpTrigger(AuthorizationLevel.Function, "post", Route = "api/series/{id}/occurrences/{date}/agenda-items/{key}/decision")] HttpRequest request, [DurableClient] DurableTaskClient client)
        => HttpForwarding.ForwardAsync(platform, request, client);

    [Function("Api_OccurrencePresence")]
    public Task<IActionResult> OccurrencePresence([HttpTrigger(AuthorizationLevel.Function, "post", Route = "api/series/{id}/occurrences/{date}/presence")] HttpRequest request, [DurableClient] DurableTaskClient client)
        => HttpForwarding.ForwardAsync(platform, request, client);

    [Function("Api_OccurrenceMinutes")]
    public Task<IActionResult> OccurrenceMinutes([HttpTrigger(AuthorizationLevel.Function, "get", "put", Route = "api/series/{id}/occurrences/{date}/minutes")] HttpRequest request, [DurableClient] DurableTaskClient client)
        => HttpForwarding.ForwardAsync(platform, request, client);

    [Function("Api_OccurrenceMinutesApproval")]
    public Task<IActionResult> OccurrenceMinutesApproval([HttpTrigger(AuthorizationLevel.Function, "post", Route = "api/series/{id}/occurrences/{date}/minutes/approval")] HttpRequest request, [DurableClient] DurableTaskClient client)
        => HttpForwarding.ForwardAsync(platform, request, client);

    [Function("Api_ActionItemDone")]
    public Task<IActionResult> ActionItemDone([HttpTrigger(AuthorizationLevel.Function, "post", Route = "api/series/{id}/occurrences/{date}/action-items/{key}/done")] HttpRequest request, [DurableClient] DurableTaskClient client)
        => HttpForwarding.ForwardAsync(platform, request, client);

    [Function("Api_SubsidyRounds")]
    public Task<IActionResult> SubsidyRounds([HttpTrigger(AuthorizationLevel.Function, "get", "post", Route = "api/subsidy-rounds")] HttpRequest request, [DurableClient] DurableTaskClient client)
        => HttpForwarding.ForwardAsync(platform, request, client);

    [Function("Api_SubsidyRound")]
    public Task<IActionResult> SubsidyRound([HttpTrigger(AuthorizationLevel.Function, "get", "patch", "delete", Route = "api/subsidy-rounds/{id}")] HttpRequest request, [DurableClient] DurableTaskClient client)
        => HttpForwarding.ForwardAsync(platform, request, client);

    [Function("Api_ConvenantReviewOutcome")]
    public Task<IActionResult> ConvenantReviewOutcome([HttpTrigger(AuthorizationLevel.Function, "post", Route = "api/convenants/{id}/review-outcome")] HttpRequest request, [DurableClient] DurableTaskClient client)
        => HttpForwarding.ForwardAsync(platform, request, client);
}
