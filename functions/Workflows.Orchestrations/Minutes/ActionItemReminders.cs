using NodaTime;
using NodaTime.Text;
using Workflows.Orchestrations.Meetings;
using Workflows.Orchestrations.Subsidies;

namespace Workflows.Orchestrations.Minutes;

/// <summary>
/// When the owners of the open action items are reminded: <see cref="WorkingDays"/> working days before the due
/// date, at the series' own time of day (when its messages go out), never in a weekend or a school holiday.
/// </summary>
internal static class ActionItemReminders
{
    /// <summary>Two working days: enough to still do it, close enough to be a reminder.</summary>
    public const int WorkingDays = 2;

    /// <summary>
    /// One reminder per open item. A reminder day already past (a verslag approved late) becomes the first working
    /// moment from <paramref name="now"/>, as long as that is before the due date; otherwise the item gets none (it is
    /// on the next agenda anyway).
    /// </summary>
    public static IReadOnlyList<ActionReminder> Plan(SeriesSnapshot s, IEnumerable<ActionItem> items, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(s);
        var calendar = SnapshotCalendar.From(s.Calendar);
        var zone = DateTimeZoneProviders.Tzdb[s.TimeZone];
        var time = LocalTimePattern.CreateWithInvariantCulture("HH:mm").Parse(s.StartTime).GetValueOrThrow();
        var local = Instant.FromDateTimeOffset(now).InZone(zone).LocalDateTime;
        var reminders = new List<ActionReminder>();
        foreach (var item in items.Where(i => i.Open))
        {
            var due = LocalDatePattern.Iso.Parse(item.Due).GetValueOrThrow();
            var day = calendar.WorkingDaysBefore(due, WorkingDays);
            if (day.At(time) <= local)
            {
                day = calendar.IsWorkingDay(local.Date) && local.TimeOfDay < time ? local.Date : calendar.NextWorkingDay(local.Date.PlusDays(1));
            }

            if (day < due)
            {
                reminders.Add(new ActionReminder(item.Key, zone.AtLeniently(day.At(time)).ToDateTimeOffset()));
            }
        }

        return reminders;
    }
}
