using System.Net;
using NodaTime;
using Workflows.Orchestrations.Subsidies;
using Workflows.Messaging;
using Workflows.Messaging.Templates;

namespace Workflows.Orchestrations.Reviews;

/// <summary>The messages of a bestuur talk: the invitation with its agenda and the expiry alert from the typed templates, and the short notices they do not have.</summary>
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
                lastYear is null ? null : Outcome(c, lastYear)),
            Language(c));
    }

    public static IReadOnlyList<string> EvaluationItems(ConvenantSnapshot c) =>
        c.IsEnglish
            ? ["Evaluation of the cooperation per qualification (crebo)", "Division of the cooperation over the mbo's offer", "Hours and price per hour for the coming year"]
            : ["Evaluatie van de samenwerking per opleiding (crebo)", "Verdeling van de samenwerking over het mbo-aanbod", "Uren en prijs per uur voor het komende jaar"];

    public static string Outcome(ConvenantSnapshot c, StoredReviewOutcome o)
    {
        var parts = new List<string> { $"{o.TalkDate}: {o.Outcome.Summary}" };
        parts.AddRange(o.Outcome.AgreedChanges ?? []);
        if (o.Outcome.ValidUntil is { } until)
        {
            parts.Add(c.IsEnglish ? $"Agreement extended until {until}." : $"Convenant verlengd tot {until}.");
        }

        return string.Join(" ", parts.Select(p => p.Trim().EndsWith('.') ? p.Trim() : p.Trim() + "."));
    }

    public static RenderedMessage Reminder(ConvenantSnapshot c, DateTimeOffset start) =>
        c.IsEnglish
            ? Mail($"Reminder: annual board review {c.VmboName} – {c.MboName}", $"We have not yet received your answer to the invitation for the annual board review on {Day(c, start)}. Please accept or decline.", c)
            : Mail($"Herinnering: bestuursgesprek {c.VmboName} – {c.MboName}", $"We hebben nog geen antwoord van u op de uitnodiging voor het bestuursgesprek van {Day(c, start)}. Wilt u accepteren of afslaan?", c);

    public static RenderedMessage DeclinedNotice(ConvenantSnapshot c, string side, DateTimeOffset start, string? newDate) =>
        c.IsEnglish
            ? Mail($"Board review {c.VmboName} – {c.MboName}: the {side} side declined", newDate is null ? $"Every {side} participant declined the talk of {Day(c, start)}. It has been moved three times; please arrange a date yourselves." : $"Every {side} participant declined the talk of {Day(c, start)}. We propose {newDate} instead and have sent everyone the new date.", c)
            : Mail($"Bestuursgesprek {c.VmboName} – {c.MboName}: de {side}-kant heeft afgezegd", newDate is null ? $"Alle deelnemers van de {side}-kant hebben het gesprek van {Day(c, start)} afgeslagen. Het is al drie keer verzet; wilt u zelf een datum afspreken?" : $"Alle deelnemers van de {side}-kant hebben het gesprek van {Day(c, start)} afgeslagen. We stellen {newDate} voor en hebben iedereen de nieuwe datum gestuurd.", c);

    public static string DeclinedReason(ConvenantSnapshot c, string side) =>
        c.IsEnglish ? $"every {side} participant declined" : $"alle deelnemers van de {side}-kant hebben afgeslagen";

    public static RenderedMessage ExpiryAlert(ConvenantSnapshot c, int daysLeft) =>
        MessageTemplates.ConvenantExpiryAlert(new ConvenantExpiryAlertModel(c.PartnershipName, c.VmboName, c.MboName, SnapshotCalendar.Date(c.ValidUntil), daysLeft), Language(c));

    public static MessageLanguage Language(ConvenantSnapshot c) => c.IsEnglish ? MessageLanguage.English : MessageLanguage.Dutch;

    public static string Day(ConvenantSnapshot c, DateTimeOffset at) =>
        MessageFormat.Date(SnapshotCalendar.LocalDate(c.TimeZone, at), Language(c));

    private static RenderedMessage Mail(string subject, string text, ConvenantSnapshot c) =>
        new(subject, new MessageBody($"<p>{WebUtility.HtmlEncode(text)}</p>\n<p>{WebUtility.HtmlEncode(c.PartnershipName)}</p>\n", $"{text}\n\n{c.PartnershipName}\n"));
}
