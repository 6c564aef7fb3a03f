using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Workflows.Partnerships.Scheduling;

namespace Workflows.Host.Cli;

/// <summary>
/// The human form of <c>occurrences</c>: English like every line of the command line, whatever the partnership's
/// language; the reasons are the closed periods' names as the file and the built-in table give them.
/// </summary>
internal sealed class OccurrencesText
{
    private readonly LocalDatePattern _day = LocalDatePattern.Create("dddd d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
    private readonly LocalTimePattern _time = LocalTimePattern.CreateWithInvariantCulture("HH':'mm");

    public void Write(TextWriter output, string title, string seriesId, LocalDate from, LocalDate to, ScheduleResult result)
    {
        output.WriteLine($"{title} ({seriesId}), {LocalDatePattern.Iso.Format(from)} to {LocalDatePattern.Iso.Format(to)}: {CliText.Count(result.Occurrences.Count, "meeting", "meetings")}");
        foreach (var o in result.Occurrences)
        {
            string offset = OffsetPattern.CreateWithInvariantCulture("+HH:mm").Format(o.Start.Offset);
            output.WriteLine($"  {_day.Format(o.Date)}, {_time.Format(o.Start.TimeOfDay)}–{_time.Format(o.End.TimeOfDay)} ({offset}); invitation {_day.Format(o.InviteOn)}, reply by {_day.Format(o.RsvpBy)}");
        }

        if (result.Skipped.Count > 0)
        {
            output.WriteLine("Skipped:");
            foreach (var s in result.Skipped)
            {
                output.WriteLine($"  {_day.Format(s.Date)}: {s.Reason}");
            }
        }

        if (result.Moved.Count > 0)
        {
            output.WriteLine("Moved:");
            foreach (var m in result.Moved)
            {
                output.WriteLine($"  {_day.Format(m.From)} to {_day.Format(m.To)}: {m.Reason}");
            }
        }
    }
}
