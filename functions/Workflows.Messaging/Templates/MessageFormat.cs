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

    /// <summary><c>€ 1.234,50</c> / <c>€1,234.50</c>.</summary>
    public static string Money(decimal amount, MessageLanguage language = MessageLanguage.Dutch) =>
        amount.ToString("C2", language.Culture());

    /// <summary>Hours without needless decimals: <c>12,5</c> / <c>12.5</c>.</summary>
    public static string Number(decimal value, MessageLanguage language = MessageLanguage.Dutch) =>
        value.ToString("#,0.##", language.Culture());

    private static string Time(LocalTime time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);
}
