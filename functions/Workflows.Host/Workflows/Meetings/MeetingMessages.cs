using System.Globalization;
using System.Net;
using System.Text;
using Workflows.Messaging;

namespace Workflows.Host.Meetings;

/// <summary>
/// The text of every message a meeting cycle sends, one method per message, Dutch by default and English when
/// the partnership says so. Kept in one place so the typed templates of Workflows.Messaging can replace it
/// message by message.
/// </summary>
internal static class MeetingMessages
{
    public static (string Subject, MessageBody Body) AgendaRequest(SeriesSnapshot s, PlannedOccurrence o)
    {
        string when = When(s, o);
        return s.IsEnglish
            ? ($"Agenda items for {s.Title} on {Day(s, o.Start)}",
               Body($"Dear {s.Chair?.Name},", $"The invitation for {s.Title} ({when}) goes out on {Day(s, o.InviteAt)}. Which items should be on the agenda? Reply to this message.", "Fixed items:", s.FixedAgendaItems))
            : ($"Agendapunten voor {s.Title} van {Day(s, o.Start)}",
               Body($"Beste {s.Chair?.Name},", $"De uitnodiging voor {s.Title} ({when}) gaat op {Day(s, o.InviteAt)} uit. Welke punten wil je op de agenda? Antwoord op dit bericht.", "Vaste agendapunten:", s.FixedAgendaItems));
    }

    public static (string Subject, MessageBody Body) Invitation(SeriesSnapshot s, PlannedOccurrence o)
    {
        string where = s.Location ?? (s.IsEnglish ? "online" : "online");
        return s.IsEnglish
            ? ($"{s.Title}, {Day(s, o.Start)}",
               Body($"You are invited to {s.Title}: {When(s, o)}, {where}.", $"Please reply by {Day(s, o.RsvpDeadlineAt)}.", "Agenda:", s.FixedAgendaItems))
            : ($"{s.Title}, {Day(s, o.Start)}",
               Body($"Je bent uitgenodigd voor {s.Title}: {When(s, o)}, {where}.", $"Graag je antwoord uiterlijk {Day(s, o.RsvpDeadlineAt)}.", "Agenda:", s.FixedAgendaItems));
    }

    public static (string Subject, MessageBody Body) Reminder(SeriesSnapshot s, PlannedOccurrence o) =>
        s.IsEnglish
            ? ($"Reminder: will you attend {s.Title} on {Day(s, o.Start)}?",
               Body($"We have not yet received your answer to the invitation for {s.Title} ({When(s, o)}).", $"Please accept or decline by {Day(s, o.RsvpDeadlineAt)}.", null, []))
            : ($"Herinnering: kom je naar {s.Title} op {Day(s, o.Start)}?",
               Body($"We hebben nog geen antwoord van je op de uitnodiging voor {s.Title} ({When(s, o)}).", $"Accepteer of weiger de uitnodiging graag uiterlijk {Day(s, o.RsvpDeadlineAt)}.", null, []));

    public static (string Subject, MessageBody Body) Confirmation(SeriesSnapshot s, PlannedOccurrence o, string explanation) =>
        s.IsEnglish
            ? ($"Confirmed: {s.Title} on {Day(s, o.Start)}", Body($"{s.Title} ({When(s, o)}) takes place.", explanation, "Agenda:", s.FixedAgendaItems))
            : ($"Bevestigd: {s.Title} op {Day(s, o.Start)}", Body($"{s.Title} ({When(s, o)}) gaat door.", explanation, "Agenda:", s.FixedAgendaItems));

    /// <summary>The comment every attendee reads in the cancellation.</summary>
    public static string CancellationComment(SeriesSnapshot s, PlannedOccurrence o, string reason) =>
        s.IsEnglish
            ? $"{s.Title} of {Day(s, o.Start)} is cancelled. Reason: {reason}"
            : $"{s.Title} van {Day(s, o.Start)} gaat niet door. Reden: {reason}";

    public static (string Subject, MessageBody Body) CancellationNotice(SeriesSnapshot s, PlannedOccurrence o, string reason) =>
        s.IsEnglish
            ? ($"Cancelled: {s.Title} on {Day(s, o.Start)}", Body($"{s.Title} ({When(s, o)}) has been cancelled and every invitee told so.", $"Reason: {reason}", null, []))
            : ($"Geannuleerd: {s.Title} op {Day(s, o.Start)}", Body($"{s.Title} ({When(s, o)}) is geannuleerd; alle genodigden hebben de annulering ontvangen.", $"Reden: {reason}", null, []));

    public static (string Subject, MessageBody Body) LowTurnoutAlert(SeriesSnapshot s, PlannedOccurrence o, RsvpVerdict v)
    {
        var lines = v.Decliners
            .Select(d => d.Comment is { Length: > 0 } c ? $"{d.Name} ({d.OrganizationName}): \"{c}\"" : $"{d.Name} ({d.OrganizationName})")
            .ToList();
        string ratio = string.Create(CultureInfo.InvariantCulture, $"{v.Accepted}/{v.Invited}");
        return s.IsEnglish
            ? ($"Low turnout: {s.Title} on {Day(s, o.Start)}",
               Body($"Only {ratio} invitees accepted {s.Title} ({When(s, o)}); {v.NoResponse.Count} did not answer.", "Worth finding out why. Who declined:", null, lines))
            : ($"Lage opkomst: {s.Title} op {Day(s, o.Start)}",
               Body($"Slechts {ratio} genodigden hebben {s.Title} ({When(s, o)}) geaccepteerd; {v.NoResponse.Count} hebben niet gereageerd.", "Reden om uit te zoeken waarom. Afgemeld:", null, lines));
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
