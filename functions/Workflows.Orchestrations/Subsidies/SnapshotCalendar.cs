using NodaTime;
using NodaTime.Text;
using Workflows.Orchestrations.Meetings;
using Workflows.Partnerships.Calendar;
using Workflows.Partnerships.Configuration;

namespace Workflows.Orchestrations.Subsidies;

/// <summary>The school calendar and dates of a snapshot (subsidy rounds and reviews carry the meeting cycle's <see cref="CalendarSnapshot"/>).</summary>
internal static class SnapshotCalendar
{
    /// <summary>The calendar every workflow of the partnership plans with (meeting cycles, subsidy rounds, reviews alike).</summary>
    public static SchoolCalendar From(CalendarSnapshot c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new(
            Region(c.Region),
            c.Periods.Select(p => new ClosedPeriod(Date(p.From), Date(p.To), p.Name)),
            c.ExtraClosedDays.Select(Date),
            c.IncludeGoodFriday,
            // A snapshot from an older history lacks the field (null despite the default) and means the default.
            c.LiberationDay is { } rule && ConfigKeywords.TryParseLiberationDay(rule, out var liberationDay) ? liberationDay : LiberationDayRule.Lustrum,
            c.FridayAfterAscension);
    }

    public static LocalDate Date(string text) => LocalDatePattern.Iso.Parse(text).GetValueOrThrow();

    public static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);

    public static DateTimeOffset At(string timeZone, LocalDate date, LocalTime time) =>
        DateTimeZoneProviders.Tzdb[timeZone].AtLeniently(date + time).ToDateTimeOffset();

    public static LocalDate LocalDate(string timeZone, DateTimeOffset at) =>
        Instant.FromDateTimeOffset(at).InZone(DateTimeZoneProviders.Tzdb[timeZone]).Date;

    // The snapshot carries config keywords; the loader accepted only these.
    private static SchoolRegion? Region(string? keyword) => keyword switch
    {
        "noord" => SchoolRegion.Noord,
        "midden" => SchoolRegion.Midden,
        "zuid" => SchoolRegion.Zuid,
        _ => null,
    };
}
