using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Host.Api.Links;
using Workflows.Host.Tests.Dashboard;
using Workflows.Host.Tests.Dashboard.Overview;
using Workflows.Orchestrations.Links;
using Workflows.Orchestrations.Meetings;
using Workflows.Orchestrations.Subsidies;

namespace Workflows.Host.Tests.Fuzz;

/// <summary>
/// What the fuzz test aims at, found in the running app: every route (from its <see cref="EndpointDataSource"/>, so a
/// new route is covered without touching the test), the real ids to fill route parameters with (series and their
/// occurrence dates, instances, subsidy rounds, convenants, signed link tokens), and every dashboard form with its
/// fields (read from the pages themselves).
/// </summary>
internal sealed partial class FuzzTargets
{
    private FuzzTargets()
    {
    }

    /// <summary>(method, route pattern) of every endpoint.</summary>
    public List<(string Method, string Pattern)> Routes { get; } = [];

    public Dictionary<string, List<string>> OccurrenceDates { get; } = new(StringComparer.Ordinal);

    public List<string> SeriesIds { get; } = [];

    /// <summary>Dates a holiday moved an occurrence away from (of any series).</summary>
    public List<string> MovedAwayDates { get; } = [];

    public List<string> InstanceIds { get; } = [];

    public List<string> RoundIds { get; } = [];

    public List<string> ConvenantIds { get; } = [];

    public List<string> PersonIds { get; } = [];

    public List<string> EventNames { get; } = [];

    public List<string> Tokens { get; } = [];

    /// <summary>Every post form of the dashboard found on its pages: action path → fields (name, type, value, options).</summary>
    public Dictionary<string, List<FormField>> Forms { get; } = new(StringComparer.Ordinal);

    /// <summary>The JSON member names the API reads (its request records and the occurrence commands' members).</summary>
    public List<string> JsonFields { get; } = ["reason", "newDate", "start", "end"];

    /// <summary>The Profijt sample as stored at the start.</summary>
    public string SampleYaml { get; private set; } = string.Empty;

    public static async Task<FuzzTargets> DiscoverAsync(DashboardHost host, HttpClient session, byte[] signingKey)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(session);
        var targets = new FuzzTargets { SampleYaml = await File.ReadAllTextAsync(CliRun.Sample("profijt.yaml")) };
        foreach (var endpoint in host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            string pattern = "/" + (endpoint.RoutePattern.RawText ?? string.Empty).TrimStart('/');
            foreach (string method in endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [HttpMethods.Get])
            {
                targets.Routes.Add((method, pattern));
            }
        }

        targets.Routes.Sort();

        var config = ProfijtSample.Load().Config;
        targets.SeriesIds.AddRange(config.Meetings.Select(m => m.Id));
        targets.RoundIds.AddRange(config.SubsidyRounds.Select(r => r.Id));
        targets.ConvenantIds.AddRange(config.Convenants.Select(c => c.Id));
        targets.PersonIds.AddRange(config.People.Select(p => p.Id));
        foreach (string series in targets.SeriesIds)
        {
            using var response = await host.Http.GetAsync(new Uri($"api/series/{series}/occurrences", UriKind.Relative));
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            // An occurrence is named by the date it starts on ('occurrences --json'); a date a holiday moved it
            // away from is neither used nor judged.
            targets.OccurrenceDates[series] = [.. json.RootElement.GetProperty("occurrences").EnumerateArray()
                .Select(o => o.GetProperty("start").GetString()![..10]).Distinct().Order(StringComparer.Ordinal)];
            targets.MovedAwayDates.AddRange(json.RootElement.GetProperty("moved").EnumerateArray().Select(m => m.GetProperty("from").GetString()!));
        }

        await foreach (var instance in host.Client.GetAllInstancesAsync(new OrchestrationQuery()))
        {
            targets.InstanceIds.Add(instance.InstanceId);
        }

        targets.InstanceIds.Sort(StringComparer.Ordinal);
        targets.EventNames.AddRange(typeof(MeetingEvents).GetFields().Concat(typeof(SubsidyEvents).GetFields())
            .Where(f => f.IsLiteral && f.FieldType == typeof(string)).Select(f => (string)f.GetRawConstantValue()!).Distinct().Order(StringComparer.Ordinal));
        targets.JsonFields.AddRange(typeof(LinkEndpoints).Assembly.GetTypes()
            .Where(t => t.IsPublic && t.Namespace?.StartsWith("Workflows.Host.Api", StringComparison.Ordinal) == true
                && (t.Name.EndsWith("Request", StringComparison.Ordinal) || t.Name.EndsWith("Change", StringComparison.Ordinal)))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .SelectMany(t => t.GetConstructors().SelectMany(c => c.GetParameters()).Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name!))));
        targets.JsonFields.Sort(StringComparer.Ordinal);

        // Links: real ones (each usable once), signed ones carrying absurd expiries or ids, and forgeries.
        var links = host.Services.GetRequiredService<ActionLinks>();
        string round = targets.InstanceIds.FirstOrDefault(i => i.StartsWith(SubsidyEvents.Workflow, StringComparison.Ordinal)) ?? targets.InstanceIds[0];
        foreach (string action in new[] { SubsidyEvents.Applying, SubsidyEvents.Declined })
        {
            targets.Tokens.Add(links.CreateToken(new ActionLink(round, SubsidyEvents.Action, action, targets.PersonIds[2], host.Clock.GetUtcNow().AddDays(7))));
        }

        foreach (long expiry in new[] { 1L << 62, -(1L << 62), long.MaxValue, long.MinValue, 253402300800L, -62135596801L, 0L })
        {
            targets.Tokens.Add(Sign(signingKey, $$"""{"i":"{{round}}","e":"{{SubsidyEvents.Action}}","a":"{{SubsidyEvents.Applying}}","r":"{{targets.PersonIds[3]}}","x":{{expiry.ToString(CultureInfo.InvariantCulture)}},"n":"n{{expiry}}"}"""));
        }

        targets.Tokens.Add(Sign(signingKey, $$"""{"i":"{{round}}","e":"{{SubsidyEvents.Action}}","a":"x\u0000\r\n{{new string('a', 3000)}}","r":"nobody","x":4102444800,"n":"z"}"""));
        targets.Tokens.Add(Sign(signingKey, """{"i":null,"e":1,"a":[],"r":{},"x":"soon","n":true}"""));
        targets.Tokens.Add(Sign(signingKey, """{"x":1e400}"""));
        targets.Tokens.Add(Sign(signingKey, "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]"));
        targets.Tokens.Add(targets.Tokens[0] + "x");
        targets.Tokens.Add(targets.Tokens[0].Replace('.', '_'));

        await targets.CrawlFormsAsync(session);
        return targets;
    }

    /// <summary>A token as <see cref="ActionLinks"/> makes it (HMAC over "v1." + payload) around any payload.</summary>
    private static string Sign(byte[] key, string payload)
    {
        byte[] body = Encoding.UTF8.GetBytes(payload);
        byte[] signature = HMACSHA256.HashData(key, (byte[])[.. "v1."u8.ToArray(), .. body]);
        return $"{System.Buffers.Text.Base64Url.EncodeToString(body)}.{System.Buffers.Text.Base64Url.EncodeToString(signature)}";
    }

    /// <summary>The real values a route parameter can take, chosen by the parameter and the route around it.</summary>
    public IReadOnlyList<string> RealValues(string pattern, string parameter)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        return parameter switch
        {
            "date" => [.. OccurrenceDates.Values.SelectMany(d => d)],
            "token" => Tokens,
            "name" => EventNames,
            "id" when pattern.Contains("/series/", StringComparison.Ordinal) => SeriesIds,
            "id" when pattern.Contains("/instances", StringComparison.Ordinal) && Destructive(pattern) =>
                [.. InstanceIds.Where(i => !i.StartsWith(MeetingEvents.Workflow, StringComparison.Ordinal) && !i.StartsWith("meeting:", StringComparison.Ordinal))],
            "id" when pattern.Contains("/instances", StringComparison.Ordinal) => InstanceIds,
            "id" when pattern.Contains("subsidy", StringComparison.Ordinal) => RoundIds,
            "id" when pattern.Contains("convenant", StringComparison.Ordinal) => ConvenantIds,
            _ => [.. SeriesIds, .. RoundIds, .. ConvenantIds, .. InstanceIds],
        };
    }

    /// <summary>
    /// Terminating, purging or suspending a meeting cycle is allowed, but leaves nothing for the month that follows to
    /// exercise: those routes get the other instances' ids (and hostile ones).
    /// </summary>
    private static bool Destructive(string pattern)
        => pattern.EndsWith("/terminate", StringComparison.Ordinal) || pattern.EndsWith("/purge", StringComparison.Ordinal)
            || pattern.EndsWith("/suspend", StringComparison.Ordinal) || pattern.EndsWith("/{id}", StringComparison.Ordinal);

    /// <summary>The post forms found on every dashboard page reachable with the first real values.</summary>
    private async Task CrawlFormsAsync(HttpClient session)
    {
        var parser = new HtmlParser();
        foreach (var (method, pattern) in Routes.Where(r => r.Method == HttpMethods.Get && r.Pattern.StartsWith("/dashboard", StringComparison.Ordinal)))
        {
            var paths = new List<string> { pattern };
            foreach (Match parameter in Parameter().Matches(pattern))
            {
                string name = parameter.Groups[1].Value;
                var values = name == "date" ? [.. OccurrenceDates.Values.SelectMany(d => d.Take(3))] : RealValues(pattern, name).Take(4).ToList();
                paths = [.. paths.SelectMany(p => values.Select(v => p.Replace(parameter.Value, Uri.EscapeDataString(v), StringComparison.Ordinal)))];
            }

            foreach (string path in paths.Take(12))
            {
                using var response = await session.GetAsync(new Uri(path.TrimStart('/'), UriKind.Relative));
                var document = parser.ParseDocument(await response.Content.ReadAsStringAsync());
                foreach (var form in document.QuerySelectorAll("form[method=post]"))
                {
                    string action = form.GetAttribute("action") ?? path;
                    var fields = Forms.TryGetValue(action, out var known) ? known : Forms[action] = [];
                    foreach (var input in form.QuerySelectorAll("input[name], textarea[name], select[name]"))
                    {
                        string name = input.GetAttribute("name")!;
                        if (name == Workflows.Host.Dashboard.DashboardAuthentication.CsrfField || fields.Any(f => f.Name == name))
                        {
                            continue;
                        }

                        fields.Add(new FormField(
                            name,
                            input.LocalName == "input" ? input.GetAttribute("type") ?? "text" : input.LocalName,
                            input.GetAttribute("value") ?? string.Empty,
                            [.. input.QuerySelectorAll("option").Select(o => o.GetAttribute("value") ?? o.TextContent)]));
                    }
                }
            }
        }
    }

    /// <summary>The forms whose action fits a route pattern.</summary>
    public IReadOnlyList<FormField> FieldsFor(string pattern)
    {
        var regex = new Regex("^" + Parameter().Replace(Regex.Escape(pattern).Replace("\\{", "{", StringComparison.Ordinal), "[^/]+") + "$", RegexOptions.None, TimeSpan.FromSeconds(1));
        return [.. Forms.Where(f => regex.IsMatch(f.Key)).SelectMany(f => f.Value).DistinctBy(f => f.Name)];
    }

    /// <summary>A route parameter: {id}, {date:constraint}, {*rest}, {name?}.</summary>
    [GeneratedRegex(@"\{\*?([A-Za-z0-9_]+)[^}]*\}")]
    public static partial Regex Parameter();
}
