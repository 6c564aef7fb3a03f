using System.Globalization;
using Workflows.Host.Dashboard.Attendance;
using Workflows.Messaging.Templates;

namespace Workflows.Host.Dashboard.YearReport;

/// <summary>
/// The report's words, dates and percentages in the partnership's language (it goes to the besturen and the
/// directieberaad), whatever language the coordinator reads the dashboard in; shared by the page and the CSV.
/// </summary>
internal sealed class YearReportTexts(Workflows.Partnerships.Configuration.PartnershipConfig config)
{
    public bool English { get; } = config.Partnership.Language == Workflows.Partnerships.Configuration.Language.En;

    public MessageLanguage Language => English ? MessageLanguage.English : MessageLanguage.Dutch;

    public CultureInfo Culture => CultureInfo.GetCultureInfo(English ? "en-GB" : "nl-NL");

    /// <summary>"nl" or "en", for the content's lang attribute.</summary>
    public string Lang => English ? "en" : "nl";

    public string T(string dutch, string english) => English ? english : dutch;

    public string Percent(double fraction) => AttendanceFormat.Percent(fraction, Culture);

    /// <summary>"gehouden", "afgelast", "vervallen".</summary>
    public string Outcome(string kind) => kind switch
    {
        MeetingOutcome.HeldKind => T("gehouden", "held"),
        MeetingOutcome.SkippedKind => T("vervallen", "skipped"),
        _ => T("afgelast", "cancelled"),
    };

    /// <summary>An action item's due date: "vrijdag 12 februari 2027".</summary>
    public string Due(Workflows.Orchestrations.Minutes.ActionItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return NodaTime.Text.LocalDatePattern.Iso.Parse(item.Due) is { Success: true } due ? MessageFormat.Date(due.Value, Language) : item.Due;
    }

    /// <summary>"open", or "gedaan" with the day it was reported done.</summary>
    public string State(Workflows.Orchestrations.Minutes.ActionItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.DoneAt is not { } at)
        {
            return T("open", "open");
        }

        var day = NodaTime.Instant.FromDateTimeOffset(at).InZone(NodaTime.DateTimeZoneProviders.Tzdb[config.Partnership.TimeZone]).Date;
        return T($"gedaan op {MessageFormat.Date(day, Language)}", $"done on {MessageFormat.Date(day, Language)}");
    }

    /// <summary>In a table: "dinsdag 15 september 2026, 15.00–17.00 uur" when the times are known, else the date alone.</summary>
    public string When(MeetingOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return outcome.Held is { Start: { } start, End: { } end }
            ? MessageFormat.Slot(start, end, Language)
            : MessageFormat.Date(outcome.Date, Language);
    }
}
