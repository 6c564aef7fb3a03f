namespace Workflows.Host.Dashboard.Operations;

/// <summary>
/// A workflow's phase (the <c>phase</c> of its custom status: the step it waits for) in the coordinators' words. The
/// codes are the workflows' own and mean different things per workflow ("reminder" of a meeting or of a subsidy
/// round), so the instance id's prefix chooses the table. A code no table knows yet is shown as "andere fase", never
/// as the code itself (it stays in the element's <c>data-phase</c> and in the custom status below).
/// </summary>
internal static class PhaseLabels
{
    public static string Label(DashboardRequest r, string instanceId, string phase)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(instanceId);
        string workflow = instanceId.Split(':')[0];
        return (workflow, phase) switch
        {
            (_, "starting") => r.L("wordt gestart", "starting"),
            (_, "working") => r.L("bezig", "working"),
            (_, "removed") => r.L("uit de configuratie gehaald", "removed from the configuration"),
            ("meeting", "planning") => r.L("volgende bijeenkomst plannen", "planning the next meeting"),
            ("meeting", "skipped") => r.L("overgeslagen bijeenkomst", "skipped meeting"),
            ("meeting", "agenda-request") => r.L("agendapunten vragen", "asking for agenda items"),
            ("meeting", "invitation") => r.L("uitnodiging versturen", "sending the invitation"),
            ("meeting", "reminder") => r.L("herinnering versturen", "sending the reminder"),
            ("meeting", "agenda-update") => r.L("agenda en stukken versturen", "sending the agenda and papers"),
            ("meeting", "at-risk-check") => r.L("aanmeldingen nakijken voor de coördinatoren", "checking the answers for the coordinators"),
            ("meeting", "decision") => r.L("wacht op de keuze van de coördinatoren", "waiting for the coordinators' decision"),
            ("meeting", "rsvp-deadline") => r.L("aanmeldtermijn sluit", "answers close"),
            ("meeting", "meeting") => r.L("bijeenkomst", "meeting"),
            ("meeting", "changing") => r.L("wijziging verwerken", "applying a change"),
            ("meeting", "ended") => r.L("afgelopen", "ended"),
            ("subsidy", "announcement") => r.L("aankondiging versturen", "sending the announcement"),
            ("subsidy", "reminder") => r.L("herinnering versturen", "sending a reminder"),
            ("subsidy", "deadline") => r.L("sluitingsdatum", "deadline"),
            ("subsidy", "closed") => r.L("gesloten", "closed"),
            ("subsidy", "expired") => r.L("verlopen", "expired"),
            ("subsidy", "withdrawn") => r.L("ingetrokken", "withdrawn"),
            ("review", "expiry-alert") => r.L("melding aflopend convenant", "alert on the expiring agreement"),
            ("review", "invitation") => r.L("uitnodiging versturen", "sending the invitation"),
            ("review", "reminder") => r.L("herinnering versturen", "sending the reminder"),
            ("review", "check") => r.L("aanmeldingen nakijken", "checking the answers"),
            ("review", "talk") => r.L("bestuursgesprek", "board review"),
            ("review", "outcome") => r.L("wacht op de uitkomst", "waiting for the outcome"),
            _ => r.L("andere fase", "other phase"),
        };
    }
}
