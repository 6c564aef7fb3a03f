using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Workflows.Partnerships.Scheduling;

namespace Workflows.Host.Cli;

/// <summary>The human form of <c>occurrences</c>: dates written the way the partnership writes them (nl or en).</summary>
internal sealed class OccurrencesText
{
    private readonly LocalDatePattern _day;
    private readonly LocalTimePattern _time = LocalTimePattern.CreateWithInvariantCulture("HH':'mm");
    private readonly bool _dutch;

    public OccurrencesText(string language)
    {
        _dutch = !string.Equals(language, "en", StringComparison.OrdinalIgnoreCase);
        var culture = CultureInfo.GetCultureInfo(_dutch ? "nl-NL" : "en-GB");
        _day = LocalDatePattern.Create("dddd d MMMM yyyy", culture);
    }

    public void Write(TextWriter output, string title, string seriesId, LocalDate from, LocalDate to, ScheduleResult result)
    {
        output.WriteLine(_dutch
            ? $"{title} ({seriesId}), {LocalDatePattern.Iso.Format(from)} t/m {LocalDatePattern.Iso.Format(to)}: {result.Occurrences.Count} bijeenkomsten"
            : $"{title} ({seriesId}), {LocalDatePattern.Iso.Format(from)} to {LocalDatePattern.Iso.Format(to)}: {result.Occurrences.Count} meetings");
        foreach (var o in result.Occurrences)
        {
            string offset = OffsetPattern.CreateWithInvariantCulture("+HH:mm").Format(o.Start.Offset);
            output.WriteLine(_dutch
                ? $"  {_day.Format(o.Date)}, {_time.Format(o.Start.TimeOfDay)}–{_time.Format(o.End.TimeOfDay)} ({offset}); uitnodiging {_day.Format(o.InviteOn)}, reageren uiterlijk {_day.Format(o.RsvpBy)}"
                : $"  {_day.Format(o.Date)}, {_time.Format(o.Start.TimeOfDay)}–{_time.Format(o.End.TimeOfDay)} ({offset}); invitation {_day.Format(o.InviteOn)}, reply by {_day.Format(o.RsvpBy)}");
        }

        if (result.Skipped.Count > 0)
        {
            output.WriteLine(_dutch ? "Overgeslagen:" : "Skipped:");
            foreach (var s in result.Skipped)
            {
                output.WriteLine($"  {_day.Format(s.Date)}: {s.Reason}");
            }
        }

        if (result.Moved.Count > 0)
        {
            output.WriteLine(_dutch ? "Verschoven:" : "Moved:");
            foreach (var m in result.Moved)
            {
                output.WriteLine(_dutch ? $"  {_day.Format(m.From)} naar {_day.Format(m.To)}: {m.Reason}" : $"  {_day.Format(m.From)} to {_day.Format(m.To)}: {m.Reason}");
            }
        }
    }
}
