using System.Globalization;
using System.Text.RegularExpressions;
using Ical.Net;
using Ical.Net.DataTypes;

namespace Workflows.Partnerships.Configuration;

/// <summary>
/// Checks a meeting's RRULE. Ical.Net does the full parse; the checks before it exist because
/// Ical.Net quietly accepts a few things a meeting schedule must not have (an unparseable UNTIL is
/// dropped, <c>BYDAY=9TU</c> passes) and because its messages cannot suggest a spelling.
/// </summary>
internal static partial class RecurrenceRules
{
    private static readonly string[] Frequencies = ["SECONDLY", "MINUTELY", "HOURLY", "DAILY", "WEEKLY", "MONTHLY", "YEARLY"];
    private static readonly string[] Days = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

    /// <summary>The rule without an <c>RRULE:</c> prefix, or null and the reason it is invalid.</summary>
    public static string? Normalize(string text, out string? error)
    {
        var rule = text.Trim();
        if (rule.StartsWith("RRULE:", StringComparison.OrdinalIgnoreCase))
        {
            rule = rule["RRULE:".Length..];
        }

        error = PreCheck(rule);
        if (error is not null)
        {
            return null;
        }

        RecurrencePattern pattern;
        try
        {
            pattern = new RecurrencePattern(rule);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or OverflowException)
        {
            error = $"invalid RRULE '{text}': {Clean(e.Message)}";
            return null;
        }

        // Sub-daily series would flood mailboxes; nothing in the domain meets more than daily.
        if (pattern.Frequency < FrequencyType.Daily)
        {
            error = $"invalid RRULE '{text}': meetings repeat at most daily, not {pattern.Frequency.ToString().ToUpperInvariant()}";
            return null;
        }

        return rule;
    }

    private static string? PreCheck(string rule)
    {
        if (rule.Length == 0)
        {
            return "invalid RRULE '': it is empty (e.g. FREQ=MONTHLY;INTERVAL=2;BYDAY=2TU)";
        }

        var parts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in rule.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var pair = part.Split('=', 2);
            var name = pair[0].Trim().ToUpperInvariant();
            if (!parts.TryAdd(name, pair.Length > 1 ? pair[1].Trim() : string.Empty))
            {
                return $"invalid RRULE '{rule}': {name} appears twice";
            }
        }

        if (!parts.TryGetValue("FREQ", out var frequency))
        {
            return $"invalid RRULE '{rule}': FREQ is missing (e.g. FREQ=WEEKLY)";
        }

        if (!Frequencies.Contains(frequency.ToUpperInvariant(), StringComparer.Ordinal))
        {
            return $"invalid RRULE '{rule}': unknown FREQ '{frequency}'{Suggestions.DidYouMean(frequency, Frequencies)}";
        }

        if (parts.TryGetValue("BYDAY", out var byDay))
        {
            foreach (var day in byDay.Split(','))
            {
                var match = DayPattern().Match(day.Trim().ToUpperInvariant());
                if (!match.Success || !Days.Contains(match.Groups["day"].Value, StringComparer.Ordinal))
                {
                    var name = match.Success ? match.Groups["day"].Value : day;
                    return $"invalid RRULE '{rule}': unknown BYDAY day '{day}' (expected MO, TU, WE, TH, FR, SA or SU, optionally numbered like 2TU){Suggestions.DidYouMean(name, Days)}";
                }

                if (match.Groups["n"].Success)
                {
                    var n = Math.Abs(int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture));
                    var upper = frequency.Equals("MONTHLY", StringComparison.OrdinalIgnoreCase) ? 5 : 53;
                    var numbered = frequency.Equals("MONTHLY", StringComparison.OrdinalIgnoreCase)
                        || frequency.Equals("YEARLY", StringComparison.OrdinalIgnoreCase);
                    if (!numbered)
                    {
                        return $"invalid RRULE '{rule}': a numbered BYDAY ('{day}') needs FREQ=MONTHLY or FREQ=YEARLY";
                    }

                    if (n < 1 || n > upper)
                    {
                        return $"invalid RRULE '{rule}': BYDAY '{day}' is out of range (1 to {upper.ToString(CultureInfo.InvariantCulture)}, or negative from the end)";
                    }
                }
            }
        }

        if (parts.TryGetValue("UNTIL", out var until) && !UntilPattern().IsMatch(until))
        {
            return $"invalid RRULE '{rule}': UNTIL '{until}' is not a date like 20270701 or 20270701T000000Z";
        }

        return null;
    }

    private static string Clean(string message)
    {
        // ArgumentException appends "(Parameter 'x')", which means nothing to someone editing YAML.
        var text = ParameterSuffix().Replace(message, string.Empty).Trim().TrimEnd('.');
        // Lower-case the first letter to fit after a colon, but not in a word such as "INTERVAL".
        return text.Length > 1 && char.IsLower(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;
    }

    [GeneratedRegex(@"^(?<n>[+-]?\d{1,2})?(?<day>[A-Z]+)$")]
    private static partial Regex DayPattern();

    [GeneratedRegex(@"^\d{8}(T\d{6}Z?)?$")]
    private static partial Regex UntilPattern();

    [GeneratedRegex(@"\s*\(Parameter '[^']*'\)")]
    private static partial Regex ParameterSuffix();
}
