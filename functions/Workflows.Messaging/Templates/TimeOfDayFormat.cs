using System.Globalization;
using NodaTime;

namespace Workflows.Messaging.Templates;

/// <summary>
/// Times of day the way the schrijfwijzer wants them: Dutch "15.00 uur", "15.00–17.00 uur" in a list, "van 15.00
/// tot 17.00 uur" in running text, never "15:00"; English keeps "15:00". Used by the subsidy and bestuur-talk
/// messages (deadlines with a time, the talk's hours).
/// </summary>
public static class TimeOfDayFormat
{
    /// <summary><c>17.00 uur</c> / <c>17:00</c>.</summary>
    public static string Time(LocalTime time, MessageLanguage language = MessageLanguage.Dutch) =>
        language == MessageLanguage.English ? Clock(time, ':') : $"{Clock(time, '.')} uur";

    /// <summary><c>15.00–17.00 uur</c> / <c>15:00–17:00</c>: for a list or a table.</summary>
    public static string Range(LocalTime start, LocalTime end, MessageLanguage language = MessageLanguage.Dutch) =>
        language == MessageLanguage.English ? $"{Clock(start, ':')}–{Clock(end, ':')}" : $"{Clock(start, '.')}–{Clock(end, '.')} uur";

    /// <summary><c>van 15.00 tot 17.00 uur</c> / <c>from 15:00 to 17:00</c>: for running text.</summary>
    public static string FromTo(LocalTime start, LocalTime end, MessageLanguage language = MessageLanguage.Dutch) =>
        language == MessageLanguage.English ? $"from {Clock(start, ':')} to {Clock(end, ':')}" : $"van {Clock(start, '.')} tot {Clock(end, '.')} uur";

    /// <summary>
    /// A deadline: <c>maandag 15 februari 2027 om 17.00 uur</c> / <c>Monday 15 February 2027 at 17:00</c>, or the
    /// date alone when the whole day counts.
    /// </summary>
    public static string Deadline(LocalDate date, LocalTime? time, MessageLanguage language = MessageLanguage.Dutch) =>
        time is { } t
            ? (language == MessageLanguage.English ? $"{MessageFormat.Date(date, language)} at {Time(t, language)}" : $"{MessageFormat.Date(date, language)} om {Time(t, language)}")
            : MessageFormat.Date(date, language);

    /// <summary>
    /// A day with its hours: <c>dinsdag 9 maart 2027 van 15.00 tot 17.00 uur</c> (running text) or, with
    /// <paramref name="list"/>, <c>dinsdag 9 maart 2027, 15.00–17.00 uur</c>; an end on another day is written in full.
    /// </summary>
    public static string Span(ZonedDateTime start, ZonedDateTime end, MessageLanguage language = MessageLanguage.Dutch, bool list = false)
    {
        string day = MessageFormat.Date(start.Date, language);
        if (start.Date != end.Date)
        {
            return language == MessageLanguage.English
                ? $"{day}, {Time(start.TimeOfDay, language)} – {MessageFormat.Date(end.Date, language)}, {Time(end.TimeOfDay, language)}"
                : $"{day} {Clock(start.TimeOfDay, '.')} uur tot {MessageFormat.Date(end.Date, language)} {Time(end.TimeOfDay, language)}";
        }

        return list ? $"{day}, {Range(start.TimeOfDay, end.TimeOfDay, language)}" : $"{day} {FromTo(start.TimeOfDay, end.TimeOfDay, language)}";
    }

    // Hours without a leading zero in Dutch ("9.00 uur"), as people write them; English keeps the 24-hour clock.
    private static string Clock(LocalTime time, char separator) =>
        separator == '.'
            ? string.Create(CultureInfo.InvariantCulture, $"{time.Hour}.{time.Minute:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{time.Hour:00}:{time.Minute:00}");
}
