using System.Globalization;
using System.Net;
using System.Text;
using Workflows.Messaging;
using Workflows.Messaging.Templates;

namespace Workflows.Orchestrations.Meetings;

/// <summary>
/// The text of every message a meeting cycle sends, one method per message, Dutch by default and English when
/// the partnership says so: the typed templates of Workflows.Messaging where there is one (invitation, agenda
/// request, reminder, cancellation notice, low-turnout alert), own text for the rest (confirmation, the comment
/// in a cancelled event).
/// </summary>
internal static class MeetingMessages
{
    /// <summary>Who hears of a step of this series that failed for good (<paramref name="date"/>: the occurrence it was for).</summary>
    public static StepAudience Audience(SeriesSnapshot s, string? date) =>
        new(s.PartnershipId, s.PartnershipName, s.Organizer, s.Language, s.Coordinators, MeetingEvents.Workflow,
            s.IsEnglish ? $"the meeting series {s.Title}" : $"de vergaderreeks {s.Title}", Series: s.SeriesId, Date: date);

    public static (string Subject, MessageBody Body) AgendaRequest(SeriesSnapshot s, PlannedOccurrence o)
    {
        var zone = Zone(s);
        var rendered = MessageTemplates.AgendaRequest(
            new AgendaRequestModel(
                s.PartnershipName,
                s.Chair?.Name ?? string.Empty,
                s.Title,
                s.Title,
                Zoned(o.Start, zone),
                Zoned(o.End, zone),
                Zoned(o.InviteAt, zone).Date,
                s.FixedAgendaItems,
                [.. s.Coordinators.Where(c => c.Id != s.Chair?.Id).Select(c => c.Name)]),
            Language(s));
        return (rendered.Subject, rendered.Body);
    }

    public static (string Subject, MessageBody Body) Invitation(SeriesSnapshot s, PlannedOccurrence o)
    {
        var zone = Zone(s);
        var rendered = MessageTemplates.MeetingInvitation(
            new MeetingInvitationModel(s.PartnershipName, s.Title, s.Title, Zoned(o.Start, zone), Zoned(o.End, zone), s.Location, s.Online, s.FixedAgendaItems, Zoned(o.RsvpDeadlineAt, zone).Date, s.Chair?.Name),
            Language(s));
        return (rendered.Subject, rendered.Body);
    }

    /// <summary>One reminder per person who has not answered (addressed by name).</summary>
    public static (string Subject, MessageBody Body) Reminder(SeriesSnapshot s, PlannedOccurrence o, MemberSnapshot to)
    {
        var zone = Zone(s);
        var rendered = MessageTemplates.RsvpReminder(
            new RsvpReminderModel(s.PartnershipName, to.Name, s.Title, Zoned(o.Start, zone), Zoned(o.End, zone), s.Location, Zoned(o.RsvpDeadlineAt, zone).Date, s.Online),
            Language(s));
        return (rendered.Subject, rendered.Body);
    }

    public static (string Subject, MessageBody Body) Confirmation(SeriesSnapshot s, PlannedOccurrence o, string explanation) =>
        s.IsEnglish
            ? ($"Confirmed: {s.Title} on {Day(s, o.Start)}", Body($"{s.Title} ({When(s, o)}) takes place.", explanation, "Agenda:", s.FixedAgendaItems))
            : ($"Bevestigd: {s.Title} op {Day(s, o.Start)}", Body($"{s.Title} ({When(s, o)}) gaat door.", explanation, "Agenda:", s.FixedAgendaItems));

    /// <summary>The comment every attendee reads in the cancellation.</summary>
    public static string CancellationComment(SeriesSnapshot s, PlannedOccurrence o, string reason) =>
        s.IsEnglish
            ? $"{s.Title} of {Day(s, o.Start)} is cancelled. Reason: {reason}"
            : $"{s.Title} van {Day(s, o.Start)} gaat niet door. Reden: {reason}";

    /// <summary>The coordinators' notice of a cancellation, with the reason (the quorum rule's, or theirs).</summary>
    public static (string Subject, MessageBody Body) CancellationNotice(SeriesSnapshot s, PlannedOccurrence o, string reason)
    {
        var zone = Zone(s);
        var rendered = MessageTemplates.QuorumCancellation(new QuorumCancellationModel(s.PartnershipName, s.Title, Zoned(o.Start, zone), Zoned(o.End, zone), reason), Language(s));
        return (rendered.Subject, rendered.Body);
    }

    public static (string Subject, MessageBody Body) LowTurnoutAlert(SeriesSnapshot s, PlannedOccurrence o, RsvpVerdict v)
    {
        var zone = Zone(s);
        var rendered = MessageTemplates.LowTurnoutAlert(
            new LowTurnoutAlertModel(
                s.PartnershipName,
                s.Title,
                Zoned(o.Start, zone),
                Zoned(o.End, zone),
                v.Invited,
                v.Accepted,
                [.. v.Decliners.Select(d => new TurnoutPerson(d.Name, d.OrganizationName, d.Comment))],
                [.. v.NoResponse.Select(n => new TurnoutPerson(n, null))]),
            Language(s));
        return (rendered.Subject, rendered.Body);
    }

    /// <summary>The reason on the timeline and in the coordinators' alert, one line.</summary>
    public static string LowTurnoutReason(RsvpVerdict v) =>
        string.Create(CultureInfo.InvariantCulture, $"{v.Accepted} van {v.Invited} genodigden geaccepteerd")
        + (v.Decliners.Count == 0 ? string.Empty : "; afgemeld: " + string.Join("; ", v.Decliners.Select(d => d.Comment is { Length: > 0 } c ? $"{d.Name} ({c})" : d.Name)));

    public static string SeriesRemovedReason(SeriesSnapshot s) =>
        s.IsEnglish ? $"the meeting series '{s.Title}' has been discontinued" : $"de overlegreeks '{s.Title}' is opgeheven";

    public static string CoordinatorCancelReason(SeriesSnapshot s, string? reason) =>
        s.IsEnglish
            ? "cancelled by the coordinators" + (string.IsNullOrWhiteSpace(reason) ? string.Empty : $": {reason}")
            : "geannuleerd door de coördinatoren" + (string.IsNullOrWhiteSpace(reason) ? string.Empty : $": {reason}");

    public static string MovedReason(SeriesSnapshot s, string? reason) =>
        s.IsEnglish
            ? "moved by the coordinators" + (string.IsNullOrWhiteSpace(reason) ? string.Empty : $": {reason}")
            : "verplaatst door de coördinatoren" + (string.IsNullOrWhiteSpace(reason) ? string.Empty : $": {reason}");

    public static string ResentReason(SeriesSnapshot s) =>
        s.IsEnglish ? "sent again at the coordinators' request" : "opnieuw verstuurd op verzoek van de coördinatoren";

    public static string ConfigChangedReason(SeriesSnapshot s) =>
        s.IsEnglish ? "the partnership configuration changed" : "de configuratie van het samenwerkingsverband is gewijzigd";

    public static string Day(SeriesSnapshot s, DateTimeOffset at)
    {
        var culture = Culture(s);
        var local = Local(s, at);
        return local.ToString(s.IsEnglish ? "dddd d MMMM yyyy" : "dddd d MMMM yyyy", culture);
    }

    public static string When(SeriesSnapshot s, PlannedOccurrence o)
    {
        var start = Local(s, o.Start);
        var end = Local(s, o.End);
        return $"{Day(s, o.Start)}, {start.ToString("HH:mm", CultureInfo.InvariantCulture)}–{end.ToString("HH:mm", CultureInfo.InvariantCulture)}";
    }

    private static NodaTime.DateTimeZone Zone(SeriesSnapshot s) => NodaTime.DateTimeZoneProviders.Tzdb[s.TimeZone];

    private static NodaTime.ZonedDateTime Zoned(DateTimeOffset at, NodaTime.DateTimeZone zone) => NodaTime.Instant.FromDateTimeOffset(at).InZone(zone);

    private static MessageLanguage Language(SeriesSnapshot s) => s.IsEnglish ? MessageLanguage.English : MessageLanguage.Dutch;

    private static DateTimeOffset Local(SeriesSnapshot s, DateTimeOffset at)
    {
        var zone = NodaTime.DateTimeZoneProviders.Tzdb[s.TimeZone];
        return NodaTime.Instant.FromDateTimeOffset(at).InZone(zone).ToDateTimeOffset();
    }

    private static CultureInfo Culture(SeriesSnapshot s) => CultureInfo.GetCultureInfo(s.IsEnglish ? "en-GB" : "nl-NL");

    private static MessageBody Body(string first, string second, string? listTitle, IReadOnlyList<string> items)
    {
        var html = new StringBuilder();
        var text = new StringBuilder();
        html.Append("<p>").Append(WebUtility.HtmlEncode(first)).Append("</p><p>").Append(WebUtility.HtmlEncode(second)).Append("</p>");
        text.Append(first).Append("\n\n").Append(second).Append('\n');
        if (items.Count > 0)
        {
            if (listTitle is not null)
            {
                html.Append("<p>").Append(WebUtility.HtmlEncode(listTitle)).Append("</p>");
                text.Append('\n').Append(listTitle).Append('\n');
            }

            html.Append("<ol>");
            foreach (string item in items)
            {
                html.Append("<li>").Append(WebUtility.HtmlEncode(item)).Append("</li>");
                text.Append("- ").Append(item).Append('\n');
            }

            html.Append("</ol>");
        }

        return new MessageBody(html.ToString(), text.ToString());
    }
}
