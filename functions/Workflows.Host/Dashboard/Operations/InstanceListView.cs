using Microsoft.DurableTask.Client;

namespace Workflows.Host.Dashboard.Operations;

/// <summary>The Operations tab: the filter form (GET, no personal data in it) and the instance table with paging.</summary>
internal static class InstanceListView
{
    public static Html Render(DashboardRequest r, InstanceListFilter filter, InstanceList? list, IReadOnlyList<string> errors)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(filter);
        return Html.Of($"""
            <p class="meta">{r.L(
                "Voor technisch beheer: de workflows van het samenwerkingsverband zoals de engine ze ziet. Kies een instantie voor haar geschiedenis en acties.",
                "For technical operations: the partnership's workflows as the engine sees them. Choose an instance for its history and actions.")}</p>
            {DashboardForms.Errors(r, errors)}
            {FilterForm(r, filter)}
            {(list is null ? Html.Empty : Table(r, filter, list))}
            """);
    }

    public static Html InstancePath(string instanceId)
        => Html.Text($"{DashboardEndpoints.Prefix}/operations/instances/{Uri.EscapeDataString(instanceId)}");

    private static Html FilterForm(DashboardRequest r, InstanceListFilter filter)
    {
        var options = Html.Join(Enum.GetValues<OrchestrationRuntimeStatus>(), s => filter.Statuses.Contains(s.ToString(), StringComparer.OrdinalIgnoreCase)
            ? Html.Of($"<option value=\"{s}\" selected>{RuntimeStatusLabels.Label(r, s)}</option>")
            : Html.Of($"<option value=\"{s}\">{RuntimeStatusLabels.Label(r, s)}</option>"));
        return Html.Of($"""
            <section class="card filters" aria-labelledby="filter-title">
            <h2 id="filter-title">{r.L("Zoeken", "Search")}</h2>
            <form method="get" action="{DashboardEndpoints.Prefix}/operations" class="instance-filter">
            <div class="form-grid">
            <div><label for="filter-status">{r.L("Status", "Status")} <span class="hint">{r.L("(geen keuze: alle; meerdere met Ctrl)", "(none chosen: all; several with Ctrl)")}</span></label>
            <select id="filter-status" name="status" multiple size="6">{options}</select></div>
            <div><label for="filter-prefix">{r.L("Begin van de instantie-id", "Instance id prefix")} <span class="hint">{r.L("bijvoorbeeld meeting: of subsidy:", "for example meeting: or subsidy:")}</span></label>
            <input type="text" id="filter-prefix" name="prefix" value="{filter.Prefix}" autocomplete="off"></div>
            <div><label for="filter-from">{r.L("Aangemaakt vanaf", "Created from")}</label>
            <input type="date" id="filter-from" name="createdFrom" value="{filter.CreatedFrom}"></div>
            <div><label for="filter-to">{r.L("Aangemaakt tot en met", "Created up to and including")}</label>
            <input type="date" id="filter-to" name="createdTo" value="{filter.CreatedTo}"></div>
            </div>
            <div class="actions">
            <button type="submit" class="primary">{r.L("Zoeken", "Search")}</button>
            <a class="button" href="{DashboardEndpoints.Prefix}/operations">{r.L("Alles tonen", "Show all")}</a>
            </div>
            </form>
            </section>
            """);
    }

    private static Html Table(DashboardRequest r, InstanceListFilter filter, InstanceList list)
    {
        if (list.Rows.Count == 0)
        {
            return Html.Of($"""<p class="empty">{(filter.IsEmpty ? r.L("Er zijn nog geen workflows.", "There are no workflows yet.") : r.L("Geen workflows die aan deze zoekvraag voldoen.", "No workflows match this search."))}</p>""");
        }

        var rows = Html.Join(list.Rows, row => Html.Of($"""
            <tr data-instance="{row.InstanceId}">
            <th scope="row"><a href="{InstancePath(row.InstanceId)}"><code>{row.InstanceId}</code></a></th>
            <td>{row.What}</td>
            <td>{RuntimeStatusLabels.Badge(r, row.Status)}</td>
            <td>{r.DateTime(row.CreatedAt)}</td>
            <td>{r.DateTime(row.LastUpdatedAt)}</td>
            <td>{Phase(r, row.InstanceId, row.Custom)}</td>
            </tr>
            """));
        var paging = Html.Join(new[]
        {
            filter.ContinuationToken.Length > 0 ? Html.Of($"<a class=\"button\" href=\"{filter.Link(null)}\">{r.L("Eerste pagina", "First page")}</a>") : Html.Empty,
            list.NextToken is { } next ? Html.Of($"<a class=\"button\" rel=\"next\" href=\"{filter.Link(next)}\">{r.L("Volgende pagina", "Next page")}</a>") : Html.Empty,
        });
        return Html.Of($"""
            <div class="table-wrap">
            <table class="instances">
            <caption>{r.L("Workflows", "Workflows")} ({list.Rows.Count})</caption>
            <thead><tr>
            <th scope="col">{r.L("Instantie-id", "Instance id")}</th>
            <th scope="col">{r.L("Wat", "What")}</th>
            <th scope="col">{r.L("Status", "Status")}</th>
            <th scope="col">{r.L("Aangemaakt", "Created")}</th>
            <th scope="col">{r.L("Laatst bijgewerkt", "Last updated")}</th>
            <th scope="col">{r.L("Fase", "Phase")}</th>
            </tr></thead>
            <tbody>{rows}</tbody>
            </table>
            </div>
            {(filter.ContinuationToken.Length > 0 || list.NextToken is not null ? Html.Of($"<nav class=\"actions paging\" aria-label=\"{r.L("Pagina's", "Pages")}\">{paging}</nav>") : Html.Empty)}
            """);
    }

    /// <summary>The phase in words (<see cref="PhaseLabels"/>), the code kept in <c>data-phase</c>.</summary>
    public static Html Phase(DashboardRequest r, string instanceId, CustomStatusSummary custom)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(custom);
        if (custom.Phase is null)
        {
            return Html.Text("–");
        }

        string label = PhaseLabels.Label(r, instanceId, custom.Phase);
        return custom.WaitingUntil is { } until
            ? Html.Of($"<span data-phase=\"{custom.Phase}\">{label}</span> <span class=\"meta\">{r.L("wacht tot", "waits until")} {r.DateTime(until)}</span>")
            : Html.Of($"<span data-phase=\"{custom.Phase}\">{label}</span>");
    }
}
