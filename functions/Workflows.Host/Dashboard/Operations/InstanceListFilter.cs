using Microsoft.AspNetCore.Http;
using NodaTime;
using NodaTime.Text;
using Microsoft.DurableTask.Client;
using Workflows.Host.Api.Instances;

namespace Workflows.Host.Dashboard.Operations;

/// <summary>
/// The Operations tab's GET filter as typed (to show it again) and its translation to the engine's query, with the
/// same status and page-size rules as <c>GET /api/instances</c>. Dates are the partnership's local days, "to" included.
/// </summary>
internal sealed record InstanceListFilter(
    IReadOnlyList<string> Statuses,
    string Prefix,
    string CreatedFrom,
    string CreatedTo,
    string PageSize,
    string ContinuationToken)
{
    public const int DefaultPageSize = 50;

    public bool IsEmpty => Statuses.Count == 0 && Prefix.Length == 0 && CreatedFrom.Length == 0 && CreatedTo.Length == 0;

    public static InstanceListFilter FromQuery(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return new InstanceListFilter(
            [.. query["status"].Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!.Trim())],
            query["prefix"].ToString().Trim(),
            query["createdFrom"].ToString().Trim(),
            query["createdTo"].ToString().Trim(),
            query["pageSize"].ToString().Trim(),
            query["continuationToken"].ToString());
    }

    /// <summary>The engine's query, or the errors (nothing is queried then).</summary>
    public OrchestrationQuery? ToQuery(DashboardRequest r, List<string> errors)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(errors);
        var unknown = new List<string>();
        var statuses = InstanceQueries.ParseStatuses(Statuses, unknown);
        errors.AddRange(unknown.Select(s => r.L($"Status: '{s}' is geen status.", $"Status: '{s}' is not a status.")));
        if (Prefix.Length > 0 && !InstanceCommands.IsValidId(Prefix))
        {
            errors.Add(r.L(
                "Begin van de instantie-id: hoogstens 400 tekens, zonder '/', '\\', '#', '?' of stuurtekens.",
                "Instance id prefix: at most 400 characters, without '/', '\\', '#', '?' or control characters."));
        }

        var from = Day(r, CreatedFrom, r.L("Aangemaakt vanaf", "Created from"), errors);
        var to = Day(r, CreatedTo, r.L("Aangemaakt tot en met", "Created up to and including"), errors);
        if (from is { } f && to is { } t && t < f)
        {
            errors.Add(r.L("De einddatum ligt vóór de begindatum.", "The end date is before the start date."));
        }

        int size = DefaultPageSize;
        if (PageSize.Length > 0 && !InstanceQueries.TryParsePageSize(PageSize, out size))
        {
            errors.Add(r.L($"Aantal per pagina: een getal van 1 tot en met {InstanceQueries.MaxPageSize}.", $"Page size: a number from 1 to {InstanceQueries.MaxPageSize}."));
        }

        if (errors.Count > 0)
        {
            return null;
        }

        return new OrchestrationQuery
        {
            Statuses = statuses,
            InstanceIdPrefix = Prefix.Length == 0 ? null : Prefix,
            CreatedFrom = from?.AtStartOfDayInZone(r.Zone).ToDateTimeOffset(),

            // "Up to and including" a day: everything before the next day starts (the engine's bound is inclusive).
            CreatedTo = to?.PlusDays(1).AtStartOfDayInZone(r.Zone).ToDateTimeOffset().AddTicks(-1),
            PageSize = size,

            // The list shows each workflow's phase from its custom status, which the runtime's clients (as
            // Microsoft.DurableTask's) only read along with the inputs and outputs.
            FetchInputsAndOutputs = true,
        };
    }

    /// <summary>The query string of this filter at another page (null token: the first).</summary>
    public string Link(string? continuationToken)
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        pairs.AddRange(Statuses.Select(s => new KeyValuePair<string, string?>("status", s)));
        Add(pairs, "prefix", Prefix);
        Add(pairs, "createdFrom", CreatedFrom);
        Add(pairs, "createdTo", CreatedTo);
        Add(pairs, "pageSize", PageSize);
        Add(pairs, "continuationToken", continuationToken);
        return DashboardEndpoints.Prefix + "/operations" + QueryString.Create(pairs).ToUriComponent();
    }

    private static void Add(List<KeyValuePair<string, string?>> pairs, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            pairs.Add(new(name, value));
        }
    }

    private static LocalDate? Day(DashboardRequest r, string text, string field, List<string> errors)
    {
        if (text.Length == 0)
        {
            return null;
        }

        var parsed = LocalDatePattern.Iso.Parse(text);
        if (parsed.Success)
        {
            return parsed.Value;
        }

        errors.Add(r.L($"{field}: '{text}' is geen datum (jjjj-mm-dd).", $"{field}: '{text}' is not a date (yyyy-mm-dd)."));
        return null;
    }
}
