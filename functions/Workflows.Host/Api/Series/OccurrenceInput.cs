using NodaTime;
using NodaTime.Text;

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
    /// A move: the new date is required (reported missing only when nothing else was wrong before it), times are
    /// optional, and the end must come after the start. Null when anything was wrong.
    /// </summary>
    /// <param name="names">How the fields are called in the messages (the API's JSON names, or the form's labels).</param>
    public static OccurrenceMove? Move(string? newDate, string? start, string? end, List<string> errors, bool english = false, (string NewDate, string Start, string End)? names = null)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var (newDateName, startName, endName) = names ?? ("newDate", "start", "end");
        int before = errors.Count;
        var date = newDate is { } d ? ParseDate(d, newDateName, errors, english) : null;
        if (newDate is null && errors.Count == 0)
        {
            errors.Add(english ? $"{newDateName} is missing (yyyy-MM-dd)." : $"{newDateName} ontbreekt (yyyy-MM-dd).");
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
