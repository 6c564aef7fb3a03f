using System.Globalization;
using NodaTime;

namespace Workflows.Host.Dashboard.Subsidies;

/// <summary>The tab's words for time left and for a round's phase.</summary>
internal static class SubsidyWords
{
    /// <summary>"nog 12 dagen", "morgen", "vandaag", "verlopen op …" counted from today on the app's clock.</summary>
    public static string Countdown(DashboardRequest r, LocalDate deadline)
    {
        int days = Period.DaysBetween(r.Today, deadline);
        return days switch
        {
            < 0 => r.L($"verlopen op {r.Date(deadline)}", $"expired on {r.Date(deadline)}"),
            0 => r.L("vandaag", "today"),
            1 => r.L("morgen", "tomorrow"),
            _ => r.L($"nog {days.ToString(CultureInfo.InvariantCulture)} dagen", $"{days.ToString(CultureInfo.InvariantCulture)} days left"),
        };
    }

    /// <summary>"maandag 15 februari 2027 om 17.00 uur" / "Monday 15 February 2027 at 17:00", or the date alone.</summary>
    public static string Deadline(DashboardRequest r, LocalDate date, LocalTime? time) =>
        Workflows.Messaging.Templates.TimeOfDayFormat.Deadline(date, time, r.English ? Workflows.Messaging.Templates.MessageLanguage.English : Workflows.Messaging.Templates.MessageLanguage.Dutch);

    /// <summary>Badge class for the countdown: a week or less is a warning, past is neutral.</summary>
    public static string CountdownBadge(DashboardRequest r, LocalDate deadline)
        => Period.DaysBetween(r.Today, deadline) switch
        {
            < 0 => "none",
            <= 7 => "warn",
            _ => "ok",
        };

    /// <summary>
    /// The workflow's phase in the coordinators' words: announced (announcement out, nothing due), reminding (a
    /// reminder or the deadline is the next step), closed, withdrawn.
    /// </summary>
    public static (string Text, string Badge) Phase(DashboardRequest r, string phase) => phase switch
    {
        "starting" or "announcement" => (r.L("aankondiging gepland", "announcement scheduled"), "none"),
        "working" => (r.L("aangekondigd", "announced"), "ok"),
        "reminder" or "deadline" => (r.L("herinneren", "reminding"), "ok"),
        "closed" or "expired" => (r.L("gesloten", "closed"), "none"),
        "withdrawn" => (r.L("ingetrokken", "withdrawn"), "bad"),
        _ => (r.L("gestopt", "stopped"), "bad"),
    };
}
