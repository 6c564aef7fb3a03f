using NodaTime;
using Workflows.Orchestrations.Subsidies;
using Workflows.Messaging;
using Workflows.Messaging.Templates;

namespace Workflows.Orchestrations.Reviews;

/// <summary>
/// The messages of a bestuur talk: the invitation with its agenda and the expiry alert from the typed templates, and
/// the short notices in the templates' notice frame. Every one has a greeting and is signed by the coordinators by name.
/// </summary>
internal static class ReviewMessages
{
    /// <summary>Who hears of a step of this convenant's talks that failed for good (<paramref name="talk"/>: the talk's date).</summary>
    public static StepAudience Audience(ConvenantSnapshot c, string talk) =>
        new(c.PartnershipId, c.PartnershipName, c.Organizer, c.Language, c.Coordinators, ReviewEvents.Workflow,
            c.IsEnglish ? $"the board review of the agreement {c.VmboName} – {c.MboName}" : $"het bestuursgesprek over het convenant {c.VmboName} – {c.MboName}",
            Convenant: c.ConvenantId, Date: talk);

    public static RenderedMessage Invitation(ConvenantSnapshot c, DateTimeOffset start, DateTimeOffset end, StoredReviewOutcome? lastYear)
    {
        var zone = DateTimeZoneProviders.Tzdb[c.TimeZone];
        return MessageTemplates.AnnualReviewInvitation(
            new AnnualReviewInvitationModel(
                c.PartnershipName,
                c.VmboName,
                c.MboName,
                Instant.FromDateTimeOffset(start).InZone(zone),
                Instant.FromDateTimeOffset(end).InZone(zone),
                null,
                c.Crebos,
                [.. c.Hours.Select(h => new HourLine(h.Category, h.Hours))],
                c.PricePerHour,
                SnapshotCalendar.Date(c.ValidUntil),
                EvaluationItems(c),
                lastYear is null ? null : Outcome(c, lastYear),
                Signers(c)),
            Language(c));
    }

    public static IReadOnlyList<string> EvaluationItems(ConvenantSnapshot c) =>
        c.IsEnglish
            ? ["Evaluation of the cooperation per qualification (crebo)", "Division of the cooperation over the mbo's offer", "Hours and price per hour for the coming year"]
            : ["Evaluatie van de samenwerking per opleiding (crebo)", "Verdeling van de samenwerking over het mbo-aanbod", "Uren en prijs per uur voor het komende jaar"];

    /// <summary>Last year's outcome as the agenda and the timeline show it, dates written out ("dinsdag 9 maart 2027: …").</summary>
    public static string Outcome(ConvenantSnapshot c, StoredReviewOutcome o)
    {
        string talk = SubsidyRoundSnapshots.TryDate(o.TalkDate) is { } day ? MessageFormat.Date(SnapshotCalendar.Date(day), Language(c)) : o.TalkDate;
        var parts = new List<string> { $"{talk}: {o.Outcome.Summary}" };
        parts.AddRange(o.Outcome.AgreedChanges ?? []);
        if (o.Outcome.ValidUntil is { } until)
        {
            string date = SubsidyRoundSnapshots.TryDate(until) is { } valid ? MessageFormat.Date(SnapshotCalendar.Date(valid), Language(c)) : until;
            parts.Add(c.IsEnglish ? $"Agreement extended until {date}." : $"Convenant verlengd tot {date}.");
        }

        return string.Join(" ", parts.Select(p => p.Trim().EndsWith('.') ? p.Trim() : p.Trim() + "."));
    }

    /// <summary>To the participants who have not answered the invitation yet.</summary>
    public static RenderedMessage Reminder(ConvenantSnapshot c, DateTimeOffset start, DateTimeOffset end) =>
        Notice(
            c,
            c.IsEnglish ? $"Reminder: annual board review {c.VmboName} – {c.MboName}" : $"Herinnering: bestuursgesprek {c.VmboName} – {c.MboName}",
            c.IsEnglish ? "Dear board members," : "Beste bestuurders,",
            c.IsEnglish
                ? $"We have not yet received your answer to the invitation for the annual board review of the agreement between {c.VmboName} and {c.MboName} on {When(c, start, end)}. Could you accept or decline it in your calendar?"
                : $"We hebben nog geen reactie van u op de uitnodiging voor het bestuursgesprek over het convenant tussen {c.VmboName} en {c.MboName} op {When(c, start, end)}. Wilt u zich via de uitnodiging in uw agenda aanmelden of afmelden?");

    /// <summary>
    /// To the coordinators: every participant of one side declined. <paramref name="newDate"/> is the talk's new date
    /// when it was moved, null when it was moved too often to move it again.
    /// </summary>
    public static RenderedMessage DeclinedNotice(ConvenantSnapshot c, string side, DateTimeOffset start, string? newDate)
    {
        string who = Side(c, side);
        string day = Day(c, start);
        return Notice(
            c,
            c.IsEnglish ? $"Board review {c.VmboName} – {c.MboName}: {who} cannot come on {day}" : $"Bestuursgesprek {c.VmboName} – {c.MboName}: {who} kan niet op {day}",
            CoordinatorGreeting(c),
            c.IsEnglish
                ? (newDate is null
                    ? $"Every participant of {who} declined the talk of {day}. It has been moved three times already and is not moved again by itself."
                    : $"Every participant of {who} declined the talk of {day}. The talk has been moved to {newDate}; everyone has received the new date.")
                : (newDate is null
                    ? $"Alle deelnemers van {who} hebben zich afgemeld voor het gesprek van {day}. Het gesprek is al drie keer verplaatst en wordt niet nog eens vanzelf verzet."
                    : $"Alle deelnemers van {who} hebben zich afgemeld voor het gesprek van {day}. Het gesprek is verplaatst naar {newDate}; iedereen heeft de nieuwe datum gekregen."));
    }

    public static string DeclinedReason(ConvenantSnapshot c, string side) =>
        c.IsEnglish ? $"every participant of {Side(c, side)} declined" : $"alle deelnemers van {Side(c, side)} hebben zich afgemeld";

    /// <summary>To the coordinators, two weeks after a talk without a recorded outcome: the outcome is still missing.</summary>
    public static RenderedMessage OutcomeMissing(ConvenantSnapshot c, DateTimeOffset start) =>
        Notice(
            c,
            c.IsEnglish ? $"Outcome of the board review {c.VmboName} – {c.MboName} not recorded yet" : $"Uitkomst bestuursgesprek {c.VmboName} – {c.MboName} nog niet vastgelegd",
            CoordinatorGreeting(c),
            c.IsEnglish
                ? $"No outcome has been recorded yet for the board review of the agreement between {c.VmboName} and {c.MboName} on {Day(c, start)}. The outcome goes on the agenda of next year's talk; it can be recorded on the Agreements tab of the dashboard."
                : $"Van het bestuursgesprek over het convenant tussen {c.VmboName} en {c.MboName} op {Day(c, start)} is nog geen uitkomst vastgelegd. De uitkomst komt op de agenda van het gesprek van volgend jaar; je legt haar vast op het tabblad Convenanten van het dashboard.");

    public static string OutcomeMissingReason(ConvenantSnapshot c) =>
        c.IsEnglish ? "No outcome recorded yet; the coordinators were asked for it" : "Nog geen uitkomst vastgelegd; de coördinatoren is erom gevraagd";

    public static string NoOutcomeReason(ConvenantSnapshot c) =>
        c.IsEnglish ? "No outcome recorded" : "Geen uitkomst vastgelegd";

    /// <summary>To the directors of both organizations (or the coordinators when there are none): the convenant ends soon.</summary>
    public static RenderedMessage ExpiryAlert(ConvenantSnapshot c, int daysLeft, LocalDate? nextTalk, bool toCoordinators) =>
        MessageTemplates.ConvenantExpiryAlert(
            new ConvenantExpiryAlertModel(
                c.PartnershipName,
                c.VmboName,
                c.MboName,
                SnapshotCalendar.Date(c.ValidUntil),
                daysLeft,
                nextTalk,
                toCoordinators ? CoordinatorGreeting(c) : (c.IsEnglish ? "Dear directors," : "Beste directeuren,"),
                Signers(c)),
            Language(c));

    public static MessageLanguage Language(ConvenantSnapshot c) => c.IsEnglish ? MessageLanguage.English : MessageLanguage.Dutch;

    public static string Day(ConvenantSnapshot c, DateTimeOffset at) =>
        MessageFormat.Date(SnapshotCalendar.LocalDate(c.TimeZone, at), Language(c));

    // "dinsdag 9 maart 2027 van 15.00 tot 17.00 uur"
    private static string When(ConvenantSnapshot c, DateTimeOffset start, DateTimeOffset end)
    {
        var zone = DateTimeZoneProviders.Tzdb[c.TimeZone];
        return TimeOfDayFormat.Span(Instant.FromDateTimeOffset(start).InZone(zone), Instant.FromDateTimeOffset(end).InZone(zone), Language(c));
    }

    // The side by its organization's name: "ROC Achterhoek", not "de mbo-kant".
    private static string Side(ConvenantSnapshot c, string side) => side == "vmbo" ? c.VmboName : c.MboName;

    private static IReadOnlyList<string> Signers(ConvenantSnapshot c) => [.. c.Coordinators.Select(m => m.Name)];

    private static string CoordinatorGreeting(ConvenantSnapshot c) =>
        c.Coordinators.Count == 0
            ? (c.IsEnglish ? "Dear colleagues," : "Beste collega's,")
            : MessageSignature.GreetingByFirstName(Signers(c), Language(c));

    private static RenderedMessage Notice(ConvenantSnapshot c, string subject, string greeting, string text) =>
        MessageTemplates.Notice(new NoticeModel(subject, greeting, [text], [], MessageSignature.SignOff(Signers(c), c.PartnershipName, Language(c))), Language(c));
}
