using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Workflows.Messaging.Templates;

/// <summary>Dates, times and amounts the way Dutch (and English) readers write them.</summary>
public static class MessageFormat
{
    /// <summary><c>dinsdag 13 oktober 2026</c> / <c>Tuesday 13 October 2026</c>.</summary>
    public static string Date(LocalDate date, MessageLanguage language = MessageLanguage.Dutch) =>
        LocalDatePattern.Create("dddd d MMMM yyyy", language.Culture()).Format(date);

    /// <summary><c>dinsdag 13 oktober 2026, 15:00–17:00</c>; an end on another day is written in full.</summary>
    public static string Span(ZonedDateTime start, ZonedDateTime end, MessageLanguage language = MessageLanguage.Dutch)
    {
        var first = $"{Date(start.Date, language)}, {Time(start.TimeOfDay)}";
        return start.Date == end.Date
            ? $"{first}–{Time(end.TimeOfDay)}"
            : $"{first} – {Date(end.Date, language)}, {Time(end.TimeOfDay)}";
    }

    /// <summary>The same for instants, written in <paramref name="timeZone"/> (default Europe/Amsterdam).</summary>
    public static string Span(DateTimeOffset start, DateTimeOffset end, MessageLanguage language = MessageLanguage.Dutch, string timeZone = "Europe/Amsterdam")
    {
        var zone = DateTimeZoneProviders.Tzdb[timeZone];
        return Span(Instant.FromDateTimeOffset(start).InZone(zone), Instant.FromDateTimeOffset(end).InZone(zone), language);
    }

    /// <summary>
    /// A meeting's time in running text: <c>dinsdag 17 november 2026 van 15.00 tot 17.00 uur</c> /
    /// <c>Tuesday 17 November 2026 from 15:00 to 17:00</c>; an end on another day is written in full.
    /// </summary>
    public static string When(ZonedDateTime start, ZonedDateTime end, MessageLanguage language = MessageLanguage.Dutch)
    {
        bool english = language == MessageLanguage.English;
        if (start.Date != end.Date)
        {
            return english
                ? $"from {Date(start.Date, language)} {Clock(start.TimeOfDay, language)} to {Date(end.Date, language)} {Clock(end.TimeOfDay, language)}"
                : $"van {Date(start.Date, language)} {Clock(start.TimeOfDay, language)} uur tot {Date(end.Date, language)} {Clock(end.TimeOfDay, language)} uur";
        }

        return english
            ? $"{Date(start.Date, language)} from {Clock(start.TimeOfDay, language)} to {Clock(end.TimeOfDay, language)}"
            : $"{Date(start.Date, language)} van {Clock(start.TimeOfDay, language)} tot {Clock(end.TimeOfDay, language)} uur";
    }

    /// <summary>A meeting's time in a list or table: <c>dinsdag 17 november 2026, 15.00–17.00 uur</c> / <c>Tuesday 17 November 2026, 15:00–17:00</c>.</summary>
    public static string Slot(ZonedDateTime start, ZonedDateTime end, MessageLanguage language = MessageLanguage.Dutch)
    {
        bool english = language == MessageLanguage.English;
        string first = $"{Date(start.Date, language)}, {Clock(start.TimeOfDay, language)}";
        string hours = start.Date == end.Date
            ? $"{first}–{Clock(end.TimeOfDay, language)}"
            : $"{first} – {Date(end.Date, language)}, {Clock(end.TimeOfDay, language)}";
        return english ? hours : hours + " uur";
    }

    /// <summary>A time of day: <c>15.00</c> in Dutch (the colon is English style), <c>15:00</c> in English.</summary>
    public static string Clock(LocalTime time, MessageLanguage language = MessageLanguage.Dutch) =>
        time.ToString(language == MessageLanguage.English ? "HH:mm" : "HH.mm", CultureInfo.InvariantCulture);

    /// <summary><c>€ 1.234,50</c> / <c>€1,234.50</c>.</summary>
    public static string Money(decimal amount, MessageLanguage language = MessageLanguage.Dutch) =>
        amount.ToString("C2", language.Culture());

    /// <summary>Hours without needless decimals: <c>12,5</c> / <c>12.5</c>.</summary>
    public static string Number(decimal value, MessageLanguage language = MessageLanguage.Dutch) =>
        value.ToString("#,0.##", language.Culture());

    private static string Time(LocalTime time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);
}
