using System.Globalization;
using System.Text;
using NodaTime;
using Workflows.Messaging;

namespace Workflows.Orchestrations.Meetings;

/// <summary>
/// The messages of the partner rule and the coordinators' decision: the reminder to someone who answered "onder
/// voorbehoud", and the one mail that asks the coordinators whether an occurrence at risk goes ahead. Dutch per
/// the schrijfwijzer (article + name, "van 15.00 tot 17.00 uur", greeting and sign-off), English when the
/// partnership says so.
/// </summary>
internal static class MeetingDecisionMessages
{
    /// <summary>To one member who answered "onder voorbehoud": please say yes or no before the deadline.</summary>
    public static (string Subject, MessageBody Body) TentativeReminder(SeriesSnapshot s, PlannedOccurrence o, MemberSnapshot to)
    {
        var body = new Writer(s.IsEnglish);
        if (s.IsEnglish)
        {
            body.Paragraph($"Dear {FirstName(to.Name)},")
                .Paragraph($"You answered \"tentative\" to {TheMeeting(s)} on {Date(s, o.Start)}, {Times(s, o)}. Could you let us know by {ShortDate(s, o.RsvpDeadlineAt)} whether you will come? Please accept or decline the invitation in your calendar.")
                .Paragraph(Closing(s));
            return ($"Will you attend {TheMeeting(s)} on {Date(s, o.Start)}?", body.Build());
        }

        bool je = IsJe(s);
        body.Paragraph($"Beste {FirstName(to.Name)},")
            .Paragraph(je
                ? $"Je hebt je onder voorbehoud aangemeld voor {TheMeeting(s)} van {Date(s, o.Start)} {Times(s, o)}. Wil je uiterlijk {ShortDate(s, o.RsvpDeadlineAt)} laten weten of je komt? Meld je dan aan of af via de uitnodiging in je agenda."
                : $"U hebt zich onder voorbehoud aangemeld voor {TheMeeting(s)} van {Date(s, o.Start)} {Times(s, o)}. Wilt u uiterlijk {ShortDate(s, o.RsvpDeadlineAt)} laten weten of u komt? Meld u dan aan of af via de uitnodiging in uw agenda.")
            .Paragraph(Closing(s));
        return ($"{(je ? "Kom je" : "Komt u")} naar {TheMeeting(s)} van {Date(s, o.Start)}?", body.Build());
    }

    /// <summary>
    /// The one mail to the coordinators when the partner rule is not met ahead of the deadline: what is missing, the
    /// two one-click choices, what happens without a choice, and every answer so far per person.
    /// </summary>
    public static (string Subject, MessageBody Body) AtRisk(SeriesSnapshot s, PlannedOccurrence o, RsvpVerdict v, Uri hold, Uri cancel)
    {
        var answers = v.Answers ?? [];
        var body = new Writer(s.IsEnglish);
        if (s.IsEnglish)
        {
            body.Paragraph($"Dear {CoordinatorNames(s, "and", "coordinators")},")
                .Paragraph($"Responses to {TheMeeting(s)} on {Date(s, o.Start)}, {Times(s, o)} close on {ShortDate(s, o.RsvpDeadlineAt)}, and the partner rule is not met yet. (The explanation below is in Dutch.)")
                .Paragraph(v.Explanation)
                .Paragraph($"Does the meeting go ahead? One click is enough{For(s, "; the choice counts for both of you", "; the choice counts for all of you")}.")
                .Actions(("Goes ahead", hold), ("Cancel", cancel))
                .Paragraph(English(s, o))
                .Answers(answers, "Accepted", "Declined", "Tentative", "No answer yet")
                .Paragraph(Planning(s));
            return ($"Does {TheMeeting(s)} on {Date(s, o.Start)} go ahead?", body.Build());
        }

        string name = TheMeeting(s);
        body.Paragraph($"Beste {CoordinatorNames(s, "en", "coördinatoren")},")
            .Paragraph($"De aanmelding voor {name} van {Date(s, o.Start)} sluit op {ShortDate(s, o.RsvpDeadlineAt)}. {v.Explanation}")
            .Paragraph($"Gaat {name} door? Eén klik is genoeg{For(s, "; de keuze geldt voor jullie allebei", "; de keuze geldt voor jullie allemaal")}.")
            .Actions(("Gaat door", hold), ("Afgelasten", cancel))
            .Paragraph(Dutch(s, o))
            .Answers(answers, "Aangemeld", "Afgemeld", "Onder voorbehoud", "Nog geen reactie")
            .Paragraph(Planning(s));
        return ($"Gaat {name} van {Date(s, o.Start)} door?", body.Build());
    }

    // What happens when nobody chooses (quorum.onMissing; "ask" holds it and the coordinators hear so).
    private static string Dutch(SeriesSnapshot s, PlannedOccurrence o)
    {
        string when = $"{ShortDate(s, o.RsvpDeadlineAt)} om {Clock(s, o.RsvpDeadlineAt)}";
        return s.OnMissing == "cancel"
            ? $"Kiest niemand vóór {when}, dan gaat {TheMeeting(s)} niet door en krijgen de genodigden daarover bericht."
            : $"Kiest niemand vóór {when}, dan gaat {TheMeeting(s)} door.";
    }

    private static string English(SeriesSnapshot s, PlannedOccurrence o)
    {
        string when = $"{ShortDate(s, o.RsvpDeadlineAt)}, {Clock(s, o.RsvpDeadlineAt)}";
        return s.OnMissing == "cancel"
            ? $"If nobody chooses before {when}, the meeting is cancelled and the invitees are told."
            : $"If nobody chooses before {when}, the meeting goes ahead.";
    }

    /// <summary>"het directieberaad": the series' name with its article, else its title.</summary>
    internal static string TheMeeting(SeriesSnapshot s) => string.IsNullOrWhiteSpace(s.Name) ? s.Title : s.Name;

    /// <summary>
    /// Signed by the coordinators as the other reminders are ("Hilde Voskamp en Wim Heijink" above "coördinatoren
    /// Profijt"), the partnership when it has none.
    /// </summary>
    private static string Closing(SeriesSnapshot s)
    {
        var names = JoinAnd([.. s.Coordinators.Select(c => c.Name)], s.IsEnglish ? "and" : "en");
        if (s.IsEnglish)
        {
            return names.Length == 0 ? $"Kind regards,\n{s.PartnershipName}" : $"Kind regards,\n{names}\n{s.PartnershipName} coordinator{(s.Coordinators.Count == 1 ? string.Empty : "s")}";
        }

        return names.Length == 0
            ? $"Met vriendelijke groet,\n{s.PartnershipName}"
            : $"Met vriendelijke groet,\n{names}\n{(s.Coordinators.Count == 1 ? "coördinator" : "coördinatoren")} {s.PartnershipName}";
    }

    /// <summary>Mails to the coordinators come from the planning that runs for them, as the other mails to them do.</summary>
    private static string Planning(SeriesSnapshot s) =>
        s.IsEnglish
            ? $"Kind regards,\nthe {s.PartnershipName} meeting planner"
            : $"Met vriendelijke groet,\nDe vergaderplanning van {s.PartnershipName}";

    // Who the one click decides for: nothing to say to a single coordinator.
    private static string For(SeriesSnapshot s, string two, string more) => s.Coordinators.Count switch
    {
        <= 1 => string.Empty,
        2 => two,
        _ => more,
    };

    // "Hilde en Wim": coordinators are colleagues, by first name whatever the series' tone.
    private static string CoordinatorNames(SeriesSnapshot s, string and, string none) =>
        JoinAnd([.. s.Coordinators.Select(c => FirstName(c.Name))], and) is { Length: > 0 } names ? names : none;

    private static bool IsJe(SeriesSnapshot s) => string.Equals(s.Tone, "je", StringComparison.OrdinalIgnoreCase);

    private static string FirstName(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [var first, ..] ? first : name;

    private static string JoinAnd(List<string> items, string and) =>
        items.Count <= 1 ? string.Concat(items) : $"{string.Join(", ", items.Take(items.Count - 1))} {and} {items[^1]}";

    private static ZonedDateTime Local(SeriesSnapshot s, DateTimeOffset at) => Instant.FromDateTimeOffset(at).InZone(DateTimeZoneProviders.Tzdb[s.TimeZone]);

    private static CultureInfo Culture(SeriesSnapshot s) => CultureInfo.GetCultureInfo(s.IsEnglish ? "en-GB" : "nl-NL");

    /// <summary>"dinsdag 17 november 2026".</summary>
    internal static string Date(SeriesSnapshot s, DateTimeOffset at) => Local(s, at).Date.ToString("dddd d MMMM yyyy", Culture(s));

    /// <summary>"vrijdag 6 november" (a deadline in the same school year needs no year).</summary>
    private static string ShortDate(SeriesSnapshot s, DateTimeOffset at) => Local(s, at).Date.ToString("dddd d MMMM", Culture(s));

    /// <summary>"17.00 uur" / "17:00".</summary>
    private static string Clock(SeriesSnapshot s, DateTimeOffset at) =>
        s.IsEnglish ? Local(s, at).TimeOfDay.ToString("HH:mm", CultureInfo.InvariantCulture) : Local(s, at).TimeOfDay.ToString("H.mm", CultureInfo.InvariantCulture) + " uur";

    /// <summary>"van 15.00 tot 17.00 uur" / "15:00–17:00".</summary>
    internal static string Times(SeriesSnapshot s, PlannedOccurrence o)
    {
        var start = Local(s, o.Start).TimeOfDay;
        var end = Local(s, o.End).TimeOfDay;
        return s.IsEnglish
            ? $"{start.ToString("HH:mm", CultureInfo.InvariantCulture)}–{end.ToString("HH:mm", CultureInfo.InvariantCulture)}"
            : $"van {start.ToString("H.mm", CultureInfo.InvariantCulture)} tot {end.ToString("H.mm", CultureInfo.InvariantCulture)} uur";
    }

    /// <summary>HTML and text side by side; every value is encoded here (names and comments come from people).</summary>
    private sealed class Writer
    {
        private const string ButtonStyle =
            "display:inline-block;margin:4px 8px 4px 0;padding:10px 18px;background:#00558c;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:bold";

        private readonly StringBuilder _html = new();
        private readonly StringBuilder _text = new();

        public Writer(bool english) =>
            _html.Append("<!DOCTYPE html>\n<html lang=\"").Append(english ? "en" : "nl")
                .Append("\">\n<body style=\"font-family:Segoe UI,Arial,sans-serif;font-size:15px;line-height:1.5;color:#1b1b1b\">\n");

        public Writer Paragraph(string text)
        {
            _html.Append("<p>").Append(Encode(text).Replace("\n", "<br>\n", StringComparison.Ordinal)).Append("</p>\n");
            _text.Append(text).Append("\n\n");
            return this;
        }

        public Writer Actions(params (string Label, Uri Url)[] actions)
        {
            _html.Append("<p>");
            foreach (var (label, url) in actions)
            {
                _html.Append("<a href=\"").Append(Encode(url.AbsoluteUri)).Append("\" style=\"").Append(ButtonStyle).Append("\">").Append(Encode(label)).Append("</a>\n");
                _text.Append(label).Append(":\n").Append(url.AbsoluteUri).Append("\n\n");
            }

            _html.Append("</p>\n");
            return this;
        }

        /// <summary>The answers per kind, each person with organization (and comment); an empty kind is left out.</summary>
        public Writer Answers(IReadOnlyList<MemberAnswer> answers, string accepted, string declined, string tentative, string none)
        {
            foreach (var (response, title) in new[] { ("accepted", accepted), ("declined", declined), ("tentative", tentative), ("none", none) })
            {
                var people = answers.Where(a => a.Response == response).ToList();
                if (people.Count == 0)
                {
                    continue;
                }

                _html.Append("<h3>").Append(Encode(title)).Append("</h3>\n<ul>\n");
                _text.Append(title).Append('\n');
                foreach (var a in people)
                {
                    string line = $"{a.Name} ({a.OrganizationName})" + (a.Comment is { Length: > 0 } c ? $": “{c}”" : string.Empty);
                    _html.Append("<li>").Append(Encode(line)).Append("</li>\n");
                    _text.Append("- ").Append(line).Append('\n');
                }

                _html.Append("</ul>\n");
                _text.Append('\n');
            }

            return this;
        }

        public MessageBody Build() => new(_html.Append("</body>\n</html>\n").ToString(), _text.ToString().TrimEnd() + "\n");

        private static string Encode(string text) =>
            text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal)
                .Replace("\"", "&quot;", StringComparison.Ordinal).Replace("'", "&#39;", StringComparison.Ordinal);
    }
}
