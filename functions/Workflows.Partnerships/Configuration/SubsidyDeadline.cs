using System.Diagnostics.CodeAnalysis;
using NodaTime;
using NodaTime.Text;

namespace Workflows.Partnerships.Configuration;

/// <summary>
/// How a subsidy round's deadline is written: a date (<c>2027-02-15</c>: applications are accepted the whole day,
/// so the round closes at the start of the next day, local time) or a date with a time (<c>2027-02-15T17:00</c> or
/// <c>2027-02-15 17:00</c>: the round closes at that moment, local time). The file, the API and the dashboard
/// read it with the same rules.
/// </summary>
public static class SubsidyDeadline
{
    private static readonly LocalDatePattern DatePattern = LocalDatePattern.Iso;
    private static readonly LocalDateTimePattern WithT = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm");
    private static readonly LocalDateTimePattern WithSpace = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd' 'HH':'mm");
    private static readonly LocalTimePattern TimePattern = LocalTimePattern.CreateWithInvariantCulture("HH':'mm");

    /// <summary>What the messages say a deadline must look like (English; the API's Dutch text says the same).</summary>
    public const string Formats = "yyyy-MM-dd, or yyyy-MM-ddTHH:mm for a time of day";

    /// <summary>Reads a deadline; false (and defaults) when <paramref name="text"/> is neither form.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out LocalDate date, out LocalTime? time)
    {
        date = default;
        time = null;
        if (text is null)
        {
            return false;
        }

        string trimmed = text.Trim();
        if (DatePattern.Parse(trimmed) is { Success: true } day)
        {
            date = day.Value;
            return true;
        }

        var moment = WithT.Parse(trimmed);
        if (!moment.Success)
        {
            moment = WithSpace.Parse(trimmed);
        }

        // NodaTime reads 24:00 as the next day's midnight; a deadline names its own day, so that is refused.
        if (!moment.Success || DatePattern.Parse(trimmed[..10]) is not { Success: true } named || named.Value != moment.Value.Date)
        {
            return false;
        }

        date = moment.Value.Date;
        time = moment.Value.TimeOfDay;
        return true;
    }

    /// <summary><c>2027-02-15</c> or <c>2027-02-15T17:00</c>.</summary>
    public static string Format(LocalDate date, LocalTime? time) =>
        time is { } t ? $"{DatePattern.Format(date)}T{TimePattern.Format(t)}" : DatePattern.Format(date);

    /// <summary>A time of day as the snapshots carry it (<c>17:00</c>), or null.</summary>
    public static string? FormatTime(LocalTime? time) => time is { } t ? TimePattern.Format(t) : null;

    /// <summary>Reads what <see cref="FormatTime"/> wrote; null for null or anything else.</summary>
    public static LocalTime? ParseTime(string? text) =>
        text is not null && TimePattern.Parse(text) is { Success: true } parsed ? parsed.Value : null;

    /// <summary>
    /// The local moment the round closes: the time on the date, or, for a date alone, the start of the next day
    /// (exclusive: an answer at 23:59 on the deadline day still counts).
    /// </summary>
    public static LocalDateTime ClosesAt(LocalDate date, LocalTime? time) =>
        time is { } t ? date + t : date.PlusDays(1) + LocalTime.Midnight;
}
