using Ical.Net;
using Ical.Net.DataTypes;
using Ical.Net.Evaluation;
using NodaTime;

namespace Workflows.Partnerships.Scheduling;

/// <summary>
/// Expands an RRULE into local dates with Ical.Net. The rule is evaluated floating and date-only,
/// so DST never shifts a date; the time of day and zone are attached afterwards with NodaTime.
/// </summary>
internal static class RecurrenceExpander
{
    // A rule such as BYMONTH=2;BYMONTHDAY=30 never matches; Ical.Net would search for ever.
    // Leap-day rules evaluated daily need some 1,500 increments between matches.
    private const int MaxUnmatchedIncrements = 5000;

    /// <summary>The rule's dates from <paramref name="start"/> through <paramref name="until"/>, ascending and distinct.</summary>
    /// <remarks>
    /// <paramref name="start"/> acts as DTSTART for INTERVAL and COUNT, but is itself a meeting only
    /// when the rule matches it: a series configured to start on a Monday with BYDAY=TU should not
    /// meet on that Monday.
    /// </remarks>
    public static IReadOnlyList<LocalDate> Dates(RecurrenceRule rule, LocalDate start, LocalDate until)
    {
        var evaluator = new RecurrencePatternEvaluator(rule);
        var dtStart = new CalDateTime(ToDateOnly(start));
        var options = new EvaluationOptions { MaxUnmatchedIncrementsLimit = MaxUnmatchedIncrements };

        var dates = new SortedSet<LocalDate>();
        using var periods = evaluator.Evaluate(dtStart, dtStart, options).GetEnumerator();
        while (MoveNext(periods))
        {
            var date = LocalDate.FromDateOnly(periods.Current.StartTime.Date);
            if (date > until)
            {
                break;
            }

            if (date >= start)
            {
                dates.Add(date);
            }
        }

        return [.. dates];
    }

    /// <summary>Parses and checks a rule; throws <see cref="ArgumentException"/> naming the rule when it is unusable.</summary>
    public static RecurrenceRule Parse(string rrule, DateTimeZone zone, LocalTime startTime)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(rrule);
        var text = rrule.Trim();
        if (text.StartsWith("RRULE:", StringComparison.OrdinalIgnoreCase))
        {
            text = text["RRULE:".Length..];
        }

        RecurrenceRule rule;
        try
        {
            rule = new RecurrenceRule(text);
        }
        catch (ArgumentException ex)
        {
            throw new ArgumentException($"Recurrence '{rrule}' is not a valid RFC 5545 RRULE: {ex.Message}", nameof(rrule), ex);
        }
        catch (FormatException ex)
        {
            throw new ArgumentException($"Recurrence '{rrule}' is not a valid RFC 5545 RRULE: {ex.Message}", nameof(rrule), ex);
        }

        if (rule.Frequency is FrequencyType.Secondly or FrequencyType.Minutely or FrequencyType.Hourly
            || rule.ByHour.Count > 0 || rule.ByMinute.Count > 0 || rule.BySecond.Count > 0)
        {
            throw new ArgumentException($"Recurrence '{rrule}' must repeat by day, week, month or year; the meeting time is configured separately.", nameof(rrule));
        }

        if (rule.Until is { HasTime: true } until)
        {
            // Dates are expanded without times, so UNTIL becomes the last date whose meeting starts no later
            // than it (RFC 5545: UNTIL bounds the start). A UTC UNTIL is read in the partnership's zone.
            var local = until.IsUtc
                ? Instant.FromDateTimeUtc(DateTime.SpecifyKind(until.Value, DateTimeKind.Utc)).InZone(zone).LocalDateTime
                : LocalDateTime.FromDateTime(until.Value);
            var date = local.TimeOfDay >= startTime ? local.Date : local.Date.PlusDays(-1);
            rule.Until = new CalDateTime(ToDateOnly(date));
        }

        return rule;
    }

    private static bool MoveNext(IEnumerator<Ical.Net.DataTypes.Period> periods)
    {
        try
        {
            return periods.MoveNext();
        }
        catch (EvaluationLimitExceededException)
        {
            // No match within thousands of increments: treat the series as ended rather than hang.
            return false;
        }
    }

    private static DateOnly ToDateOnly(LocalDate date) => date.ToDateOnly();
}
