using System.Text.RegularExpressions;
using CsCheck;
using Microsoft.AspNetCore.Http;

namespace Workflows.Host.Tests.Fuzz;

/// <summary>
/// The generator of requests: a route of the app (each method and pattern equally likely), its parameters filled
/// with real ids or hostile values, and a body of the kind the route reads (a form for the dashboard, JSON for the
/// API, YAML for the configuration) broken in one of many ways: wrong types, missing and duplicate fields, extreme
/// values, control characters, wrong content types, deep nesting, oversized.
/// </summary>
internal static partial class FuzzRequests
{
    private static readonly string[] WrongContentTypes =
        ["text/plain", "application/yaml", "application/xml", "application/x-www-form-urlencoded", "application/json; charset=iso-8859-1", "application/octet-stream", "multipart/form-data; boundary=x", "image/png", "application/json;;;"];

    private static readonly string[] Garbage =
        [string.Empty, "{", "}", "null", "[]", "\"x\"", "123", "{\"a\":}", "\uFEFF{}", "{\"reason\":\"a\0b\"}", "{'reason':'x'}", "{\"reason\":\"x\",}", "\0\0\0", "%PDF-1.4", "<xml/>", "a=b&c=d"];

    public static Gen<FuzzRequest> For(FuzzTargets targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        // Routes that change something weigh three times a read: they are where a half-applied change can hide.
        return Gen.Frequency([.. targets.Routes.Select(r => (r.Method == HttpMethods.Get ? 1 : 3, (IGen<FuzzRequest>)ForRoute(targets, r.Method, r.Pattern)))]);
    }

    private static Gen<FuzzRequest> ForRoute(FuzzTargets targets, string method, string pattern)
    {
        bool dashboard = pattern.StartsWith("/dashboard", StringComparison.Ordinal);
        bool hasBody = method is not ("GET" or "HEAD");
        var path = PathFor(targets, pattern);
        if (dashboard)
        {
            var sender = pattern.EndsWith("/logout", StringComparison.Ordinal) ? FuzzSender.SignOutSession : FuzzSender.Session;
            if (!hasBody)
            {
                return path.Select(p => new FuzzRequest(method, pattern, p.Path, sender, null, null, null, false, false, 0, p.Series, p.Date));
            }

            var fields = targets.FieldsFor(pattern);
            var known = fields.Count > 0 ? fields : [.. targets.Forms.Values.SelectMany(f => f).DistinctBy(f => f.Name)];
            return Gen.Frequency(
                (9, Gen.Select(path, FormFor(targets, known), Gen.Int[0, 9], Gen.Int[0, 19], (p, form, multipart, csrf) =>
                    new FuzzRequest(method, pattern, p.Path, sender, "application/x-www-form-urlencoded", null, form, multipart == 0, csrf == 0, 0, p.Series, p.Date))),
                (1, Gen.Select(path, Gen.OneOf<string>(WrongContentTypes), JsonBody(targets), (p, type, body) =>
                    new FuzzRequest(method, pattern, p.Path, sender, type, body, null, false, false, 0, p.Series, p.Date))));
        }

        var api = Gen.Frequency((19, Gen.Const(FuzzSender.ApiKey)), (1, Gen.Const(FuzzSender.Anonymous)));
        if (!hasBody)
        {
            return Gen.Select(path, api, (p, s) => new FuzzRequest(method, pattern, p.Path, s, null, null, null, false, false, 0, p.Series, p.Date));
        }

        bool yaml = pattern.EndsWith("/config", StringComparison.Ordinal);
        var body = yaml ? YamlBody(targets) : JsonBody(targets);
        var type = Gen.Frequency((7, Gen.Const(yaml ? "application/yaml" : "application/json")), (2, Gen.OneOf<string>(WrongContentTypes)), (1, Gen.OneOf<string>("")));
        return Gen.Frequency(
            (32, Gen.Select(path, api, type, body, (p, s, t, b) => new FuzzRequest(method, pattern, p.Path, s, t, b, null, false, false, 0, p.Series, p.Date))),
            (1, Gen.Select(path, Gen.Int[31, 32], (p, mb) => new FuzzRequest(method, pattern, p.Path, FuzzSender.ApiKey, yaml ? "application/yaml" : "application/json", null, null, false, false, mb, p.Series, p.Date))));
    }

    /// <summary>The path with every parameter filled: mostly real ids (a series' date from that series), else hostile.</summary>
    private static Gen<(string Path, string? Series, string? Date)> PathFor(FuzzTargets targets, string pattern)
    {
        var parameters = FuzzTargets.Parameter().Matches(pattern).Select(m => (Token: m.Value, Name: m.Groups[1].Value)).ToList();
        Gen<(string Path, string? Series, string? Date)> result = Gen.Const<(string, string?, string?)>((pattern.TrimStart('/'), null, null));
        foreach (var (token, name) in parameters)
        {
            result = result.SelectMany(sofar =>
            {
                IReadOnlyList<string> real = name == "date" && sofar.Series is { } series && targets.OccurrenceDates.TryGetValue(series, out var dates)
                    ? dates
                    : targets.RealValues(pattern, name);
                var hostile = name == "date" ? HostileValues.Date : HostileValues.Text;
                var value = real.Count == 0 ? hostile : Gen.Frequency((name == "date" ? 3 : 4, Gen.OneOf<string>([.. real])), (name == "date" ? 2 : 1, hostile));
                return value.Select(v => (
                    sofar.Path.Replace(token, Escape(v), StringComparison.Ordinal),
                    name == "id" && pattern.Contains("/series/", StringComparison.Ordinal) ? v : sofar.Series,
                    name == "date" ? v : sofar.Date));
            });
        }

        return result;
    }

    /// <summary>A path segment as sent: escaped, except the tricks that only work unescaped (dot segments, a raw %00).</summary>
    private static string Escape(string value)
    {
        if (value is ".." or "%00" or "%2e%2e%2f")
        {
            return value;
        }

        try
        {
            return Uri.EscapeDataString(value);
        }
        catch (UriFormatException)
        {
            return "%ED%A0%80";
        }
    }

    /// <summary>A dashboard form: its fields with good or hostile values, some missing, some twice, sometimes one it does not have.</summary>
    private static Gen<IReadOnlyList<KeyValuePair<string, string>>> FormFor(FuzzTargets targets, IReadOnlyList<FormField> fields)
    {
        var field = fields.Count == 0
            ? Gen.Const(new FormField("reason", "text", string.Empty, []))
            : Gen.OneOf<FormField>([.. fields]);
        var pair = field.SelectMany(f => FieldValue(targets, f).Select(v => new KeyValuePair<string, string>(f.Name, v)));
        // Every field of the form (one in ten left out), each with a good or a hostile value.
        var all = fields.Aggregate(
            Gen.Const(new List<KeyValuePair<string, string>>()),
            (sofar, f) => Gen.Select(sofar, FieldValue(targets, f), Gen.Int[0, 9], (list, v, drop) => drop == 0 ? list : [.. list, new(f.Name, v)]));
        return Gen.Frequency(
            (5, Gen.Select(all, Gen.Int[0, 3], pair, (l, extra, p) => (IReadOnlyList<KeyValuePair<string, string>>)(extra == 0 ? [.. l, p] : l))),
            (2, pair.List[0, 6].Select(l => (IReadOnlyList<KeyValuePair<string, string>>)l)),
            (1, Gen.Select(all, Gen.OneOf<string>("confirmed", "__proto__", "x\0", new string('k', 5000)), HostileValues.Text, (l, k, v) => (IReadOnlyList<KeyValuePair<string, string>>)[.. l, new(k, v)])),
            (1, all.Select(l => (IReadOnlyList<KeyValuePair<string, string>>)[.. l, new("confirmed", "yes")])));
    }

    private static Gen<string> FieldValue(FuzzTargets targets, FormField field)
    {
        string name = field.Name.ToUpperInvariant();
        var good = field.Options.Count > 0 ? Gen.OneOf<string>([.. field.Options])
            : field.Type == "date" || name.Contains("DATE", StringComparison.Ordinal) || name.Contains("UNTIL", StringComparison.Ordinal) || name.Contains("DEADLINE", StringComparison.Ordinal)
                ? Gen.OneOf<string>([.. targets.OccurrenceDates.Values.SelectMany(d => d).Take(20), "2026-12-01", "2027-06-30"])
            : field.Type == "time" || name is "START" or "END" ? HostileValues.Time
            : field.Type is "hidden" or "checkbox" or "radio" ? Gen.Const(field.Value)
            : Free(name) ? Gen.Frequency((1, Gen.OneOf<string>("Studiedag", "Te weinig aanmeldingen", field.Value)), (1, HostileValues.LongText))
            : Gen.OneOf<string>("Studiedag", "Te weinig aanmeldingen", "Een korte reden", field.Value);
        var hostile = field.Type == "date" || name.Contains("DATE", StringComparison.Ordinal) ? Gen.Frequency((1, HostileValues.Date), (1, HostileValues.Text)) : HostileValues.Text;
        return Gen.Frequency((1, good), (1, hostile));
    }

    /// <summary>A JSON body: an object of the API's members with good or wrong-typed values (some twice), any JSON value, or garbage.</summary>
    private static Gen<string> JsonBody(FuzzTargets targets)
    {
        var member = Gen.OneOf<string>([.. targets.JsonFields, "__proto__", string.Empty, "REASON", "reason\0"])
            .SelectMany(name => JsonValue(targets, name).Select(v => HostileValues.Quote(name) + ":" + v));
        return Gen.Frequency(
            (6, member.Array[0, 7].Select(members => "{" + string.Join(",", members) + "}")),
            (2, HostileValues.Json),
            (1, Gen.OneOf<string>(Garbage)));
    }

    private static Gen<string> JsonValue(FuzzTargets targets, string name)
    {
        string upper = name.ToUpperInvariant();
        var good =
            upper.Contains("DATE", StringComparison.Ordinal) || upper.Contains("DEADLINE", StringComparison.Ordinal) || upper.Contains("UNTIL", StringComparison.Ordinal)
                ? Gen.Frequency((2, Gen.OneOf<string>([.. targets.OccurrenceDates.Values.SelectMany(d => d).Take(20), "2026-12-01", "2027-06-30"])), (3, HostileValues.Date)).Select(HostileValues.Quote)
            : upper is "START" or "END" ? HostileValues.Time.Select(HostileValues.Quote)
            : upper.Contains("REMINDERS", StringComparison.Ordinal) ? HostileValues.Number.Array[0, 5].Select(n => "[" + string.Join(",", n) + "]")
            : upper.Contains("AUDIENCE", StringComparison.Ordinal) || upper.Contains("CHANGES", StringComparison.Ordinal)
                ? Gen.Frequency((1, Gen.OneOf<string>("vmbo", "mbo", "havo-vwo")), (1, HostileValues.Text)).Select(HostileValues.Quote).Array[0, 4].Select(a => "[" + string.Join(",", a) + "]")
            : upper.StartsWith("SHARE", StringComparison.Ordinal) ? Gen.OneOf<string>("true", "false")
            : upper == "ID" ? Gen.Frequency((1, Gen.OneOf<string>([.. targets.RoundIds, "nieuwe-ronde"])), (1, HostileValues.Text)).Select(HostileValues.Quote)
            : Free(upper) ? Gen.Frequency((1, Gen.OneOf<string>("Studiedag", "Te weinig aanmeldingen")), (1, HostileValues.LongText), (1, HostileValues.Text)).Select(HostileValues.Quote)
            : Gen.Frequency((1, Gen.OneOf<string>("Studiedag", "https://subsidie.example/regeling", "Een titel")), (2, HostileValues.Text)).Select(HostileValues.Quote);
        return Gen.Frequency((3, good), (1, HostileValues.Json));
    }

    /// <summary>A configuration: the sample with one quoted value or date replaced by a hostile one, deep nesting, garbage, or the sample itself.</summary>
    private static Gen<string> YamlBody(FuzzTargets targets)
    {
        string sample = targets.SampleYaml;
        var quoted = QuotedScalar().Matches(sample).ToArray();
        var dates = DateScalar().Matches(sample).ToArray();
        return Gen.Frequency(
            (4, Gen.Select(Gen.Int[0, quoted.Length - 1], HostileValues.Text, (i, v) => sample[..quoted[i].Index] + HostileValues.Quote(v) + sample[(quoted[i].Index + quoted[i].Length)..])),
            (2, Gen.Select(Gen.Int[0, Math.Max(0, dates.Length - 1)], HostileValues.Date, (i, v) => dates.Length == 0 ? sample : sample[..dates[i].Index] + v + sample[(dates[i].Index + dates[i].Length)..])),
            (1, Gen.Int[40, 30_000].Select(n => "partnership: " + new string('[', n) + new string(']', n))),
            (1, HostileValues.Text),
            (1, Gen.Const(sample)));
    }

    /// <summary>A field of free text (a reason, a summary): where a long text travels on into a workflow.</summary>
    private static bool Free(string upperName)
        => upperName.Contains("REASON", StringComparison.Ordinal) || upperName.Contains("SUMMARY", StringComparison.Ordinal) || upperName.Contains("PAYLOAD", StringComparison.Ordinal);

    [GeneratedRegex("\"[^\"\\n]*\"")]
    private static partial Regex QuotedScalar();

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}\b")]
    private static partial Regex DateScalar();
}
