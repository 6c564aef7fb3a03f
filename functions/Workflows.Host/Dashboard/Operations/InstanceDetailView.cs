using Microsoft.DurableTask.Client;
using Workflows.Host.Api.Instances;

namespace Workflows.Host.Dashboard.Operations;

/// <summary>
/// One instance: what it is and its state, its custom status, input and output (folded), failure, the actions its
/// state allows (each a form whose POST first asks for confirmation), and its history.
/// </summary>
internal static class InstanceDetailView
{
    public static Html Render(DashboardRequest r, InstanceDetail detail, RaiseEventForm raise)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(detail);
        var m = detail.Instance;
        return Html.Of($"""
            <p><a href="{DashboardEndpoints.Prefix}/operations">{r.L("← Alle workflows", "← All workflows")}</a></p>
            <section class="card instance" aria-labelledby="instance-title" data-instance="{m.InstanceId}">
            <h2 id="instance-title">{detail.What}</h2>
            <dl class="instance-meta">
            <dt>{r.L("Instantie-id", "Instance id")}</dt><dd><code>{m.InstanceId}</code></dd>
            <dt>{r.L("Orchestratie", "Orchestration")}</dt><dd><code>{m.Name}</code></dd>
            <dt>{r.L("Status", "Status")}</dt><dd>{RuntimeStatusLabels.Badge(r, m.RuntimeStatus)}</dd>
            <dt>{r.L("Aangemaakt", "Created")}</dt><dd>{r.DateTime(m.CreatedAt)}</dd>
            <dt>{r.L("Laatst bijgewerkt", "Last updated")}</dt><dd>{r.DateTime(m.LastUpdatedAt)}</dd>
            <dt>{r.L("Fase", "Phase")}</dt><dd>{InstanceListView.Phase(r, m.InstanceId, detail.Custom)}</dd>
            </dl>
            {Failure(r, m)}
            {Payload(r, "custom-status", r.L("Eigen status", "Custom status"), m.SerializedCustomStatus)}
            {Payload(r, "input", r.L("Invoer", "Input"), m.SerializedInput)}
            {Payload(r, "output", r.L("Uitvoer", "Output"), m.SerializedOutput)}
            </section>
            {Actions(r, m, raise)}
            {History(r, detail.History)}
            """);
    }

    public static string ActionPath(string instanceId, string action)
        => $"{DashboardEndpoints.Prefix}/operations/instances/{Uri.EscapeDataString(instanceId)}/{action}";

    /// <summary>The error and its causes, as the API shows them; the stack trace is in the logs, not on the page.</summary>
    private static Html Failure(DashboardRequest r, OrchestrationMetadata m)
    {
        if (InstanceFailure.From(m.FailureDetails) is not { } failure)
        {
            return Html.Empty;
        }

        var causes = failure.Chain().Skip(1).ToList();
        return Html.Of($"""
            <div class="errors failure"><h3>{r.L("Fout", "Failure")}</h3><p><code>{failure.ErrorType}</code>: {failure.ErrorMessage}</p>{(causes.Count == 0 ? Html.Empty : Html.Of($"<p>{r.L("Oorzaak", "Cause")}:</p><ul>{Html.Join(causes, c => Html.Of($"<li><code>{c.ErrorType}</code>: {c.ErrorMessage}</li>"))}</ul>"))}</div>
            """);
    }

    private static Html Payload(DashboardRequest r, string kind, string title, string? json)
        => json is null
            ? Html.Of($"<p class=\"meta payload {kind}\">{title}: {r.L("geen", "none")}</p>")
            : Html.Of($"<details class=\"payload {kind}\"><summary>{title}</summary><pre><code>{PrettyJson.Format(json)}</code></pre></details>");

    private static Html Actions(DashboardRequest r, OrchestrationMetadata m, RaiseEventForm raise)
    {
        string id = m.InstanceId;
        Html forms;
        if (m.IsCompleted)
        {
            forms = Html.Of($"""
                <form method="post" action="{ActionPath(id, "purge")}" class="action purge">
                {r.CsrfField()}
                <p>{r.L("Deze workflow is afgelopen. Verwijderen haalt de instantie en haar geschiedenis weg.", "This workflow has finished. Purging removes the instance and its history.")}</p>
                <div class="actions"><button type="submit" class="danger">{r.L("Verwijderen", "Purge")}</button></div>
                </form>
                """);
        }
        else
        {
            var pause = m.RuntimeStatus == OrchestrationRuntimeStatus.Suspended
                ? ControlForm(r, id, "resume", r.L("Hervatten", "Resume"), "primary")
                : ControlForm(r, id, "suspend", r.L("Onderbreken", "Suspend"), string.Empty);
            forms = Html.Of($"""
                <h3 id="raise-title">{r.L("Gebeurtenis sturen", "Raise event")}</h3>
                {DashboardForms.Errors(r, raise.Errors)}
                <form method="post" action="{ActionPath(id, "events")}" class="action raise" aria-labelledby="raise-title">
                {r.CsrfField()}
                <div class="form-grid">
                <div><label for="event-name">{r.L("Naam van de gebeurtenis", "Event name")}</label>
                <input type="text" id="event-name" name="eventName" value="{raise.EventName}" required autocomplete="off"></div>
                <div><label for="event-payload">{r.L("Inhoud (JSON, mag leeg)", "Payload (JSON, may be empty)")}</label>
                <textarea id="event-payload" name="payload" spellcheck="false">{raise.Payload}</textarea></div>
                </div>
                <div class="actions"><button type="submit">{r.L("Gebeurtenis sturen", "Raise event")}</button></div>
                </form>
                <h3>{(m.RuntimeStatus == OrchestrationRuntimeStatus.Suspended ? r.L("Hervatten", "Resume") : r.L("Onderbreken", "Suspend"))}</h3>
                {pause}
                <h3>{r.L("Beëindigen", "Terminate")}</h3>
                {ControlForm(r, id, "terminate", r.L("Beëindigen", "Terminate"), "danger")}
                """);
        }

        return Html.Of($"""
            <section class="card instance-actions" aria-labelledby="actions-title">
            <h2 id="actions-title">{r.L("Acties", "Actions")}</h2>
            <p class="meta">{r.L("Elke actie vraagt eerst om bevestiging.", "Every action asks for confirmation first.")}</p>
            {forms}
            </section>
            """);
    }

    private static Html ControlForm(DashboardRequest r, string id, string action, string button, string style)
        => Html.Of($"""
            <form method="post" action="{ActionPath(id, action)}" class="action {action}">
            {r.CsrfField()}
            <div class="form-grid">
            <div><label for="{action}-reason">{r.L("Reden", "Reason")} <span class="hint">{r.L("(niet verplicht)", "(optional)")}</span></label>
            <textarea id="{action}-reason" name="reason"></textarea></div>
            </div>
            <div class="actions"><button type="submit" class="{style}">{button}</button></div>
            </form>
            """);

    private static Html History(DashboardRequest r, IReadOnlyList<HistoryRow> history)
    {
        if (history.Count == 0)
        {
            return Html.Of($"""
                <section class="card" aria-labelledby="history-title"><h2 id="history-title">{r.L("Geschiedenis", "History")}</h2>
                <p class="empty">{r.L("Nog geen gebeurtenissen vastgelegd.", "No events recorded yet.")}</p></section>
                """);
        }

        var rows = Html.Join(history, h => Html.Of($"""
            <tr data-sequence="{h.Sequence}" data-event="{h.EventType}"><td class="num">{h.Sequence}</td><td>{r.DateTime(h.At)}</td><td><code>{h.EventType}</code></td><td>{h.Name ?? string.Empty}</td><td>{h.Detail ?? string.Empty}</td></tr>
            """));
        return Html.Of($"""
            <section class="card" aria-labelledby="history-title">
            <h2 id="history-title">{r.L("Geschiedenis", "History")}</h2>
            <div class="table-wrap">
            <table class="history">
            <caption>{r.L("Vastgelegde gebeurtenissen van de huidige uitvoering, oudste eerst", "Recorded events of the current execution, oldest first")}</caption>
            <thead><tr><th scope="col" class="num">#</th><th scope="col">{r.L("Tijd", "Time")}</th><th scope="col">{r.L("Gebeurtenis", "Event")}</th><th scope="col">{r.L("Naam", "Name")}</th><th scope="col">{r.L("Details", "Details")}</th></tr></thead>
            <tbody>{rows}</tbody>
            </table>
            </div>
            </section>
            """);
    }
}
