namespace Workflows.Orchestrations.Meetings;

/// <summary>
/// The reasons the cycle itself writes on the timeline and in the confirmation or cancellation it sends when the
/// coordinators decided, or nobody did (one line each, Dutch or English as the partnership says).
/// </summary>
internal static class MeetingCycleNotes
{
    public static string AgendaTooLate(SeriesSnapshot s, PlannedOccurrence o) =>
        s.IsEnglish
            ? $"No working day was left to ask the chair for agenda items before the invitation of {Day(s, o)}; it goes out with the standing items."
            : $"Er was geen werkdag meer om de voorzitter vóór de uitnodiging om agendapunten te vragen; de uitnodiging voor {Day(s, o)} gaat uit met de vaste agendapunten.";

    public static string DecidedHold(SeriesSnapshot s, string? who) =>
        s.IsEnglish
            ? "The coordinators decided that the meeting goes ahead" + By(s, who) + "."
            : "De coördinatoren hebben besloten dat het overleg doorgaat" + By(s, who) + ".";

    /// <summary>
    /// Read by every invitee: the reason in plain words when the meeting was at risk (never who declined or was
    /// tentative: that stays in the coordinators' mail), and never who clicked.
    /// </summary>
    public static string DecidedCancel(SeriesSnapshot s, bool atRisk) =>
        MeetingMessages.CoordinatorCancelReason(
            s,
            !atRisk ? null
            : s.IsEnglish ? "not every partner the meeting needs can attend this time"
            : "niet alle partners die nodig zijn, kunnen er deze keer bij zijn");

    public static string TooLateToInvite(SeriesSnapshot s) =>
        s.IsEnglish
            ? "no working day was left to send the invitation before the meeting"
            : "er was vóór de bijeenkomst geen werkdag meer om de uitnodiging te versturen";

    /// <summary>The rule was not met at the deadline and nobody decided: the meeting goes ahead (onMissing hold or ask).</summary>
    public static string HeldWithoutRule(SeriesSnapshot s, RsvpVerdict verdict) =>
        s.IsEnglish
            ? $"The meeting goes ahead without a decision by the coordinators. {verdict.Explanation}"
            : $"Het overleg gaat door zonder besluit van de coördinatoren. {verdict.Explanation}";

    private static string Day(SeriesSnapshot s, PlannedOccurrence o) =>
        Workflows.Messaging.Templates.MessageFormat.Date(
            NodaTime.Instant.FromDateTimeOffset(o.Start).InZone(NodaTime.DateTimeZoneProviders.Tzdb[s.TimeZone]).Date,
            s.IsEnglish ? Workflows.Messaging.Templates.MessageLanguage.English : Workflows.Messaging.Templates.MessageLanguage.Dutch);

    // How the coordinators chose, never who by id: the dashboard, or the one-click link of their at-risk mail (signed
    // for the coordinators' ids, comma-separated). Anything else (the api, the simulator) says nothing.
    private static string By(SeriesSnapshot s, string? who)
    {
        if (string.IsNullOrWhiteSpace(who))
        {
            return string.Empty;
        }

        if (string.Equals(who.Trim(), "dashboard", StringComparison.Ordinal))
        {
            return s.IsEnglish ? " (on the dashboard)" : " (via het dashboard)";
        }

        var ids = who.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        bool coordinators = ids.Length > 0 && ids.All(id => s.Coordinators.Any(c => string.Equals(c.Id, id, StringComparison.Ordinal)));
        return !coordinators ? string.Empty : s.IsEnglish ? " (with the button in the e-mail)" : " (via de knop in de e-mail)";
    }
}
