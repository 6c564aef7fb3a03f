using NodaTime;
using NodaTime.Text;
using Workflows.Partnerships.Configuration;
using Workflows.Partnerships.Limits;

namespace Workflows.Host.Api.Series;

/// <summary>
/// The checks on a coordinator's cancel or move, shared by the API and the dashboard so both accept and refuse the
/// same input. Every mistake is added to <c>errors</c> (Dutch, or English for an English dashboard) rather than
/// stopping at the first, so a coordinator can fix them all at once.
/// </summary>
internal static class OccurrenceInput
{
    private static readonly LocalTimePattern Time = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    public static LocalDate? ParseDate(string text, string name, List<string> errors, bool english = false)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var parsed = LocalDatePattern.Iso.Parse(text);
        if (parsed.Success)
        {
            return parsed.Value;
        }

        errors.Add(english ? $"{name}: '{text}' is not a date (yyyy-MM-dd)." : $"{name}: '{text}' is geen datum (yyyy-MM-dd).");
        return null;
    }

    public static LocalTime? ParseTime(string? text, string name, List<string> errors, bool english = false)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (text is null)
        {
            return null;
        }

        var parsed = Time.Parse(text);
        if (parsed.Success)
        {
            return parsed.Value;
        }

        errors.Add(english ? $"{name}: '{text}' is not a time (HH:mm)." : $"{name}: '{text}' is geen tijd (HH:mm).");
        return null;
    }

    /// <summary>
    /// A cancel's or move's reason: at most <see cref="TextLimits.Text"/> characters, line breaks allowed. It goes into
    /// the cycle's state, the timeline and every invitee's mail, so a reason that does not fit is refused here.
    /// </summary>
    public static string? Reason(string? reason, string name, List<string> errors, bool english = false)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (reason is null)
        {
            return null;
        }

        if (TextLimits.Check(reason, name, TextLimits.Text, multiline: true, english) is { } error)
        {
            errors.Add(error);
            return null;
        }

        return reason;
    }

    /// <summary>
    /// A move: the new date is required (reported missing only when nothing else was wrong before it), not before
    /// <paramref name="today"/> and within <see cref="DateHorizon"/>; times are optional, and the end must come after
    /// the start. Null when anything was wrong.
    /// </summary>
    /// <param name="names">How the fields are called in the messages (the API's JSON names, or the form's labels).</param>
    /// <param name="describe">How a date is written in the messages: the API repeats it as given, the dashboard writes it
    /// out ("zaterdag 1 augustus 2026").</param>
    public static OccurrenceMove? Move(string? newDate, string? start, string? end, LocalDate today, List<string> errors, bool english = false, (string NewDate, string Start, string End)? names = null, Func<LocalDate, string>? describe = null)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var (newDateName, startName, endName) = names ?? ("newDate", "start", "end");
        int before = errors.Count;
        var date = newDate is { } d ? ParseDate(d, newDateName, errors, english) : null;
        if (newDate is null && errors.Count == 0)
        {
            errors.Add(english ? $"{newDateName} is missing (yyyy-MM-dd)." : $"{newDateName} ontbreekt (yyyy-MM-dd).");
        }
        else if (date is { } target && target < today)
        {
            string given = describe?.Invoke(target) ?? newDate!;
            errors.Add(english ? $"{newDateName}: {given} is in the past." : $"{newDateName}: {given} ligt in het verleden.");
        }
        else if (date is { } far && far > DateHorizon.Latest(today))
        {
            string given = describe?.Invoke(far) ?? newDate!;
            errors.Add(english
                ? $"{newDateName}: {given} is more than {DateHorizon.Years} years ahead."
                : $"{newDateName}: {given} ligt meer dan {DateHorizon.Years} jaar in de toekomst.");
        }

        var from = ParseTime(start, startName, errors, english);
        var to = ParseTime(end, endName, errors, english);
        if (from is { } s && to is { } e && e <= s)
        {
            errors.Add(english ? $"{endName} must be after {startName}." : $"{endName} moet na {startName} liggen.");
        }

        return errors.Count == before && date is { } valid ? new OccurrenceMove(valid, from, to) : null;
    }
}
