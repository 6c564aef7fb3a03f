using System.Globalization;
using Workflows.Messaging;
using Workflows.Messaging.Templates;

namespace Workflows.Orchestrations.Meetings;

/// <summary>
/// The text of every message a meeting cycle sends, one method per message, Dutch by default and English when
/// the partnership says so, through the typed templates of Workflows.Messaging. The series speaks with its own
/// voice (<see cref="SeriesSnapshot.Name"/>, <see cref="SeriesSnapshot.ShortName"/>, <see cref="SeriesSnapshot.Tone"/>)
/// and its coordinators sign; also the reasons the timeline records, which the messages quote.
/// </summary>
internal static class MeetingMessages
{
    private const string CancelledByCoordinators = "afgelast door de coördinatoren";
    private const string CancelledByCoordinatorsEnglish = "cancelled by the coordinators";

    /// <summary>Who hears of a step of this series that failed for good (<paramref name="date"/>: the occurrence it was for).</summary>
    public static StepAudience Audience(SeriesSnapshot s, string? date) =>
        new(s.PartnershipId, s.PartnershipName, s.Organizer, s.Language, s.Coordinators, MeetingEvents.Workflow,
            s.Name ?? (s.IsEnglish ? $"the meeting series {s.Title}" : $"de vergaderreeks {s.Title}"), Series: s.SeriesId, Date: date);

    /// <summary>To the chair; signed by the coordinators other than the chair (a coordinator chairing gets it from the other).</summary>
    /// <param name="propose">The chair's signed link to the proposal form and until when it works; null without links.</param>
    public static (string Subject, MessageBody Body) AgendaRequest(SeriesSnapshot s, PlannedOccurrence o, (Uri Url, DateTimeOffset Until)? propose = null)
    {
        var chair = s.Chair ?? throw new InvalidOperationException("An agenda request needs the series' chair.");
        var zone = Zone(s);
        var rendered = MessageTemplates.AgendaRequest(
            new AgendaRequestModel(
                Voice(s, chair.Id),
                FirstName(chair.Name),
                Zoned(o.Start, zone),
                Zoned(o.End, zone),
                Zoned(o.InviteAt, zone).Date,
                s.FixedAgendaItems,
                propose is { } link ? new AgendaProposeLink(link.Url, Zoned(link.Until, zone)) : null),
            Language(s));
        return (rendered.Subject, rendered.Body);
    }

    /// <summary>The calendar item; its subject (the series' short name) is its title and what <c>Desired</c> compares.</summary>
    public static (string Subject, MessageBody Body) Invitation(SeriesSnapshot s, PlannedOccurrence o) => Invitation(s, o, s.FixedAgendaItems);

    /// <summary>The calendar item with the agenda as composed for this occurrence (<see cref="AgendaLines"/>).</summary>
    public static (string Subject, MessageBody Body) Invitation(SeriesSnapshot s, PlannedOccurrence o, IReadOnlyList<string> agenda, IReadOnlyList<DocumentLine>? documents = null)
    {
        var zone = Zone(s);
        var rendered = MessageTemplates.MeetingInvitation(
            new MeetingInvitationModel(Voice(s), Zoned(o.Start, zone), Zoned(o.End, zone), s.Location, s.Online, agenda, Zoned(o.RsvpDeadlineAt, zone).Date, s.Chair?.Name, documents),
            Language(s));
        return (rendered.Subject, rendered.Body);
    }

    /// <summary>One reminder per person who has not answered (greeted by first name).</summary>
    public static (string Subject, MessageBody Body) Reminder(SeriesSnapshot s, PlannedOccurrence o, MemberSnapshot to)
    {
        var zone = Zone(s);
        var rendered = MessageTemplates.RsvpReminder(
            new RsvpReminderModel(Voice(s), FirstName(to.Name), Zoned(o.Start, zone), Zoned(o.End, zone), s.Location, Zoned(o.RsvpDeadlineAt, zone).Date, s.Online),
            Language(s));
        return (rendered.Subject, rendered.Body);
    }

    /// <summary>To every member: the meeting goes ahead; how many signed up when the verdict is known.</summary>
    public static (string Subject, MessageBody Body) Confirmation(SeriesSnapshot s, PlannedOccurrence o, RsvpVerdict? verdict)
    {
        var zone = Zone(s);
        var rendered = MessageTemplates.MeetingConfirmation(
            new MeetingConfirmationModel(Voice(s), Zoned(o.Start, zone), Zoned(o.End, zone), s.Location, s.Online, s.FixedAgendaItems, verdict is null ? null : Answers(verdict)),
            Language(s));
        return (rendered.Subject, rendered.Body);
    }

    /// <summary>The comment every attendee reads in the cancellation, with the next meeting when the step names one.</summary>
    public static string CancellationComment(MeetingStepInput input) =>
        MessageTemplates.MeetingCancellationComment(Cancellation(input), Language(input.Series));

    /// <summary>The coordinators' notice of a cancellation: the reason, the answers with the decliners' comments, the next meeting.</summary>
    public static (string Subject, MessageBody Body) CancellationNotice(MeetingStepInput input)
    {
        var s = input.Series;
        var rendered = MessageTemplates.CancellationNotice(
            new CancellationNoticeModel(
                Cancellation(input),
                CoordinatorFirstNames(s),
                AttendeesTold: input.Event is not null,
                input.Verdict is { } verdict ? Answers(verdict) : null),
            Language(s));
        return (rendered.Subject, rendered.Body);
    }

    public static (string Subject, MessageBody Body) LowTurnoutAlert(SeriesSnapshot s, PlannedOccurrence o, RsvpVerdict v)
    {
        var zone = Zone(s);
        var rendered = MessageTemplates.LowTurnoutAlert(
            new LowTurnoutAlertModel(Voice(s), CoordinatorFirstNames(s), Zoned(o.Start, zone), Zoned(o.End, zone), Answers(v)),
            Language(s));
        return (rendered.Subject, rendered.Body);
    }

    /// <summary>The reason on the timeline for low turnout, one line (Dutch, like the timeline's other reasons).</summary>
    public static string LowTurnoutReason(RsvpVerdict v) =>
        string.Create(CultureInfo.InvariantCulture, $"{v.Accepted} van {v.Invited} aangemeld")
        + (v.Decliners.Count == 0 ? string.Empty : "; afgemeld: " + string.Join("; ", v.Decliners.Select(d => d.Comment is { Length: > 0 } c ? $"{d.Name} ({c})" : d.Name)));

    /// <summary>Why an occurrence of a series taken out of the configuration does not take place (a clause after "gaat niet door:").</summary>
    public static string SeriesRemovedReason(SeriesSnapshot s) =>
        s.IsEnglish ? "the meeting is no longer on the schedule" : "het overleg staat niet meer in de planning";

    /// <summary>On the timeline: "afgelast door de coördinatoren: {reason}"; the cancellation quotes only their reason.</summary>
    public static string CoordinatorCancelReason(SeriesSnapshot s, string? reason) =>
        (s.IsEnglish ? CancelledByCoordinatorsEnglish : CancelledByCoordinators)
        + (string.IsNullOrWhiteSpace(reason) ? string.Empty : $": {reason.Trim()}");

    public static string MovedReason(SeriesSnapshot s, string? reason) =>
        s.IsEnglish
            ? "moved by the coordinators" + (string.IsNullOrWhiteSpace(reason) ? string.Empty : $": {reason}")
            : "verplaatst door de coördinatoren" + (string.IsNullOrWhiteSpace(reason) ? string.Empty : $": {reason}");

    /// <summary>Why the invitation goes out again before the meeting: the agenda was completed after it was sent.</summary>
    public static string AgendaUpdateReason(SeriesSnapshot s) =>
        s.IsEnglish ? "agenda and papers: the agenda was completed" : "agenda en stukken: de agenda is aangevuld";

    public static string ResentReason(SeriesSnapshot s) =>
        s.IsEnglish ? "sent again at the coordinators' request" : "opnieuw verstuurd op verzoek van de coördinatoren";

    public static string ConfigChangedReason(SeriesSnapshot s) =>
        s.IsEnglish ? "the partnership configuration changed" : "de configuratie van het samenwerkingsverband is gewijzigd";

    /// <summary>
    /// A step's reason as the clause after "gaat niet door:". The coordinators' own words stay as they wrote them
    /// (they sign the message, so "afgelast door de coördinatoren" is left out); a rule's explanation loses its
    /// capital and a closing "het overleg gaat niet door", which the sentence already says (explanations before
    /// issue 16 ended in it). Null: no reason to give.
    /// </summary>
    internal static string? Clause(string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return null;
        }

        string text = reason.Trim();
        foreach (var prefix in (string[])[CancelledByCoordinators, CancelledByCoordinatorsEnglish])
        {
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                string own = text[prefix.Length..].TrimStart(':', ' ');
                return own.Length == 0 ? null : own;
            }
        }

        text = text.TrimEnd('.', ' ');
        foreach (var suffix in (string[])["; het overleg gaat niet door", ", het overleg gaat niet door"])
        {
            if (text.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                text = text[..^suffix.Length];
            }
        }

        // "Geen enkele …" → "geen enkele …"; "ROC Achterhoek …" keeps its capitals.
        return text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1])
            ? char.ToLowerInvariant(text[0]) + text[1..]
            : text;
    }

    /// <summary>
    /// Whether the calendars hold the title the series wants. Invitations sent before issue 16 were titled
    /// "Uitnodiging: {title} – {date}" ("Invitation: …"): such a title counts as the same, so a running cycle replays
    /// the decisions it made then, and no calendar gets an update only for the new style (a moved date differs in
    /// its start anyway).
    /// </summary>
    internal static bool SameTitle(string sent, string wanted) =>
        string.Equals(sent, wanted, StringComparison.Ordinal)
        || sent.StartsWith($"Uitnodiging: {wanted} – ", StringComparison.Ordinal)
        || sent.StartsWith($"Invitation: {wanted} – ", StringComparison.Ordinal);

    /// <summary>"Carla" of "Carla Stortelder": the greeting's name (a double first name such as "Gert-Jan" stays whole).</summary>
    internal static string FirstName(string name)
    {
        string trimmed = name.Trim();
        int space = trimmed.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? trimmed : trimmed[..space];
    }

    private static MeetingCancellationModel Cancellation(MeetingStepInput input)
    {
        var s = input.Series;
        var o = input.Occurrence;
        var zone = Zone(s);
        NodaTime.ZonedDateTime? next = input.NextStart is { } at ? Zoned(at, zone) : null;
        return new MeetingCancellationModel(
            Voice(s),
            Zoned(o.Start, zone),
            Zoned(o.End, zone),
            Clause(input.Reason),
            next,
            next is { } n ? EndOn(s, n) : null);
    }

    // The next meeting ends at the series' end time on its own day (this one may have been moved or run differently).
    private static NodaTime.ZonedDateTime EndOn(SeriesSnapshot s, NodaTime.ZonedDateTime start) =>
        NodaTime.Text.LocalTimePattern.CreateWithInvariantCulture("HH:mm").Parse(s.EndTime) is { Success: true } end && end.Value > start.TimeOfDay
            ? start.Date.At(end.Value).InZoneLeniently(start.Zone)
            : start;

    internal static MeetingVoice Voice(SeriesSnapshot s, string? except = null)
    {
        var signers = s.Coordinators.Where(c => c.Id != except).Select(c => c.Name).ToList();
        return new MeetingVoice(
            s.PartnershipName,
            s.Name ?? s.Title,
            s.ShortName ?? s.Title,
            string.Equals(s.Tone, "je", StringComparison.OrdinalIgnoreCase),
            signers.Count > 0 ? signers : [.. s.Coordinators.Select(c => c.Name)]);
    }

    private static List<string> CoordinatorFirstNames(SeriesSnapshot s) => [.. s.Coordinators.Select(c => FirstName(c.Name))];

    private static MeetingAnswers Answers(RsvpVerdict v) =>
        new(
            v.Invited,
            v.Accepted,
            Math.Max(0, v.Invited - v.Accepted - v.Decliners.Count - v.NoResponse.Count),
            [.. v.Decliners.Select(d => new TurnoutPerson(d.Name, d.OrganizationName, d.Comment))],
            [.. v.NoResponse.Select(n => new TurnoutPerson(n, null))]);

    private static NodaTime.DateTimeZone Zone(SeriesSnapshot s) => NodaTime.DateTimeZoneProviders.Tzdb[s.TimeZone];

    private static NodaTime.ZonedDateTime Zoned(DateTimeOffset at, NodaTime.DateTimeZone zone) => NodaTime.Instant.FromDateTimeOffset(at).InZone(zone);

    internal static MessageLanguage Language(SeriesSnapshot s) => s.IsEnglish ? MessageLanguage.English : MessageLanguage.Dutch;
}
