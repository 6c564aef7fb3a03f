using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace Workflows.Functions.Http;

/// <summary>
/// The dashboard's pages, sign-in and stylesheet (<c>/dashboard...</c>): <c>Anonymous</c> at the host, since the
/// dashboard signs users in itself (session cookie, or the key header it checks on its own).
/// </summary>
internal sealed class DashboardFunctions(PlatformApp platform)
{
    [Function("Dashboard_Overview")]
    public Task<IActionResult> Overview([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "dashboard")] HttpRequest request, [DurableClient] DurableTaskClient client)
        => HttpForwarding.ForwardAsync(platform, request, client);

    [Function("Dashboard_Stylesheet")]
    public Task<IActionResult> Stylesheet([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "dashboard/assets/dashboard.css")] HttpRequest request, [DurableClient] DurableTaskClient client)
        => HttpForwarding.ForwardAsync(platform, request, client);

    [Function("Dashboard_Login")]
    public Task<IActionResult> Login([HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "dashboard/login")] HttpRequest request, [DurableClient] DurableTaskClient client)
        => HttpForwarding.ForwardAsync(platform, request, client);

    [Function("Dashboard_Logout")]
    public Task<IActionResult> Logout([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "dashboard/logout")] HttpRequest request, [DurableClient] DurableTaskClient client)
        => HttpForwarding.ForwardAsync(platform, request, client);

    [Function("Dashboard_Language")]
    public Task<IActionResult> Language([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "dashboard/language")] HttpRequest request, [DurableClient] DurableTaskClient client)
        => HttpForwarding.ForwardAsync(platform, request, client);

    [Function("Dashboard_Attendance")]
    public Task<IActionResult> Attendance([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "dashboard/attendance")] HttpRequest request, [DurableClient] DurableTaskClient client)
        => HttpForwarding.ForwardAsync(platform, request, client);

    [Function("Dashboard_AttendancePresence")]
    public Task<IActionResult> AttendancePresence([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "dashboard/attendance/presence")] HttpRequest request, [DurableClient] DurableTaskClient client)
        => HttpForwarding.ForwardAsync(platform, request, client);

    [Function("Dashboard_Minutes")]
    public Task<IActionResult> Minutes([HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "dashboard/series/{id}/occurrences/{date}/minutes")] HttpRequest request, [DurableClient] DurableTaskClient client)
        => HttpForwarding.ForwardAsync(platform, request, client);

    [Function("Dashboard_ActionItemDone")]
    public Task<IActionResult> ActionItemDone([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "dashboard/series/{id}/occurrences/{date}/action-items/{key}/done")] HttpRequest request, [DurableClient] DurableTaskClient client)
        => HttpForwarding.ForwardAsync(platform, request, client);

    [Function("Dashboard_OccurrenceCancel")]
    public Task<IActionResult> OccurrenceCancel([HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "dashboard/series/{id}/occurrences/{date}/cancel")] HttpRequest request, [DurableClient] DurableTaskClient client)
        => HttpForwarding.ForwardAsync(platform, request, client);

    [Function("Dashboard_OccurrenceMove")]
    public Task<IActionResult> OccurrenceMove([HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "dashboard/series/{id}/occurrences/{date}/move")] HttpRequest request, [DurableClient] DurableTaskClient client)
        => HttpForwarding.ForwardAsync(platform, request, client);

    [Function("Dashboard_OccurrenceResend")]
    public Task<IActionResult> OccurrenceResend([HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "dashboard/series/{id}/occurrences/{date}/resend")] HttpRequest request, [DurableClient] DurableTaskClient client)
        => HttpForwarding.ForwardAsync(platform, request, client);

    [Function("Dashboard_OccurrenceDecision")]
    public Task<IActionResult> OccurrenceDecision([HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "dashboard/series/{id}/occurrences/{date}/decision")] HttpRequest request, [DurableClient] DurableTaskClient client)
        => HttpForwarding.ForwardAsync(platform, request, client);

    [Function("Dashboard_OccurrenceAgenda")]
    public Task<IActionResult> OccurrenceAgenda([HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "dashboard/series/{id}/occurrences/{date}/agenda")] HttpRequest request, [DurableClient] DurableTaskClient client)
        => HttpForwarding.ForwardAsync(platform, request, client);

    [Function("Dashboard_OccurrenceAgendaItem")]
    public Task<IActionResult> OccurrenceAgendaItem([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "dashboard/series/{id}/occurrences/{date}/agenda/{key}")] HttpRequest request, [DurableClient] DurableTaskClient client)
        => HttpForwarding.ForwardAsync(platform, request, client);

    [Function("Dashboard_YearPlan")]
    public Task<IActionResult> YearPlan([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "dashboard/year-plan")] HttpRequest request, [DurableClient] DurableTaskClient client)
        => HttpForwarding.ForwardAsync(platform, request, client);

    [Function("Dashboard_YearReport")]
    public Task<IActionResult> YearReport([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "dashboard/year-report")] HttpRequest request, [DurableClient] DurableTaskClient client)
        => HttpForwarding.ForwardAsync(platform, request, client);

    [Function("Dashboard_YearReportCsv")]
    public Task<IActionResult> YearReportCsv([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "dashboard/year-report.csv")] HttpRequest request, [DurableClient] DurableTaskClient client)
        => HttpForwarding.ForwardAsync(platform, request, client);

    [Function("Dashboard_Subsidies")]
    public Task<IActionResult> Subsidies([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "dashboard/subsidies")] HttpRequest request, [DurableClient] DurableTaskClient client)
        => HttpForwarding.ForwardAsync(platform, request, client);

    [Function("Dashboard_SubsidyNew")]
    public Task<IActionResult> SubsidyNew([HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "dashboard/subsidies/new")] HttpRequest request, [DurableClient] DurableTaskClient client)
        => HttpForwarding.ForwardAsync(platform, request, client);

    [Function("Dashboard_Convenants")]
    public Task<IActionResult> Convenants([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "dashboard/convenants")] HttpRequest request, [DurableClient] DurableTaskClient client)
        => HttpForwarding.ForwardAsync(platform, request, client);

    [Function("Dashboard_ConvenantOutcome")]
    public Task<IActionResult> ConvenantOutcome([HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "dashboard/convenants/{id}/outcome")] HttpRequest request, [DurableClient] DurableTaskClient client)
        => HttpForwarding.ForwardAsync(platform, request, client);
}
