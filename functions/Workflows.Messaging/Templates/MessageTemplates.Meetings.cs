namespace Workflows.Messaging.Templates;

/// <remarks>
/// The meeting messages read as if a coordinator wrote them (shared/SCHRIJFWIJZER.md): the series named with its
/// article, times as "van 15.00 tot 17.00 uur", members addressed with the series' je or u, signed by the
/// coordinators. Mails to the coordinators themselves name them by first name and are signed by the planning.
/// </remarks>
public static partial class MessageTemplates
{
    /// <summary>The calendar item: its subject is the meeting's short name, which stays in people's calendars.</summary>
    public static RenderedMessage MeetingInvitation(MeetingInvitationModel model, MessageLanguage language = MessageLanguage.Dutch)
    {
        ArgumentNullException.ThrowIfNull(model);
        var v = model.Voice;
        var when = MessageFormat.When(model.Start, model.End, language);
        var meeting = MeetingPhrases.Meeting(v, language);
        var body = new BodyWriter(language)
            .Paragraph(MembersGreeting(v, language))
            .Paragraph(T(
                language,
                v.Informal ? $"Graag nodigen we je uit voor {meeting} op {when}." : $"Graag nodigen we u uit voor {meeting} op {when}.",
                $"We would like to invite you to {meeting} on {when}."))
            .Facts(
                (T(language, "Waar", "Where"), Where(model.Location, model.Online, language)),
                (T(language, "Voorzitter", "Chair"), model.ChairName));
        if (model.AgendaItems.Count > 0)
        {
            body.Heading(T(language, "Agenda", "Agenda")).List(model.AgendaItems, numbered: true);
        }

        if (model.Documents is { Count: > 0 } documents)
        {
            body.Heading(T(language, "Stukken", "Documents"));
            foreach (var document in documents)
            {
                body.Link(document.Name, document.Url);
            }
        }

        var by = MessageFormat.Date(model.RsvpBy, language);
        body.Paragraph(T(
                language,
                v.Informal
                    ? $"Wil je je uiterlijk {by} aan- of afmelden via deze uitnodiging in je agenda?"
                    : $"Wilt u zich uiterlijk {by} aan- of afmelden via deze uitnodiging in uw agenda?",
                $"Please accept or decline this invitation in your calendar by {by}."))
            .SignOff(Signature(v, language));
        return Message(v.ShortName, body);
    }

    /// <summary>To the chair, a while before the invitation goes out: which items should be on the agenda.</summary>
    public static RenderedMessage AgendaRequest(AgendaRequestModel model, MessageLanguage language = MessageLanguage.Dutch)
    {
        ArgumentNullException.ThrowIfNull(model);
        var v = model.Voice;
        var when = MessageFormat.When(model.Start, model.End, language);
        var by = MessageFormat.Date(model.AgendaDueBy, language);
        var name = MeetingPhrases.Capital(MeetingPhrases.Name(v));
        var body = new BodyWriter(language)
            .Paragraph(T(language, $"Beste {model.ChairFirstName},", $"Dear {model.ChairFirstName},"));
        if (model.ProposeLink is { } link)
        {
            // Honest about the way in: the form stores a proposal, the coordinators decide what goes on the agenda.
            var until = TimeOfDayFormat.Deadline(link.Until.Date, link.Until.TimeOfDay, language);
            body.Paragraph(T(
                    language,
                    v.Informal
                        ? $"{name} vergadert op {when}. Welke punten wil je op de agenda? Geef ze uiterlijk {until} door via de link hieronder. Je kunt de link één keer gebruiken, voor maximaal drie punten tegelijk."
                        : $"{name} vergadert op {when}. Welke punten wilt u op de agenda? Geeft u ze uiterlijk {until} door via de link hieronder? U kunt de link één keer gebruiken, voor maximaal drie punten tegelijk.",
                    $"{name} meets on {when}. Which items would you like on the agenda? Please propose them through the link below by {until}. You can send up to three items at once; the link works once."))
                .Actions((T(language, "Agendapunten voorstellen", "Propose agenda items"), link.Url))
                .Paragraph(T(
                    language,
                    "We bekijken de voorstellen; de punten die we op de agenda zetten, gaan mee met de uitnodiging.",
                    "The coordinators review the proposals. The items they put on the agenda go out with the invitation."));
        }
        else
        {
            body.Paragraph(T(
                language,
                v.Informal
                    ? $"{name} vergadert op {when}. Welke punten wil je op de agenda? Als je ze uiterlijk {by} doorgeeft, sturen we ze mee met de uitnodiging."
                    : $"{name} vergadert op {when}. Welke punten wilt u op de agenda? Als u ze uiterlijk {by} doorgeeft, sturen we ze mee met de uitnodiging.",
                $"{name} meets on {when}. Which items would you like on the agenda? If you send them by {by}, they go out with the invitation."));
        }

        if (model.FixedItems.Count > 0)
        {
            body.Heading(T(language, "Vaste agendapunten", "Standing items")).List(model.FixedItems, numbered: true);
        }

        body.SignOff(Signature(v, language));
        var day = MessageFormat.Date(model.Start.Date, language);
        return Message(T(language, $"Agendapunten {v.ShortName} van {day}", $"Agenda items: {v.ShortName} on {day}"), body);
    }

    public static RenderedMessage RsvpReminder(RsvpReminderModel model, MessageLanguage language = MessageLanguage.Dutch)
    {
        ArgumentNullException.ThrowIfNull(model);
        var v = model.Voice;
        var when = MessageFormat.When(model.Start, model.End, language);
        var by = MessageFormat.Date(model.RsvpBy, language);
        var meeting = MeetingPhrases.Meeting(v, language);
        var body = new BodyWriter(language)
            .Paragraph(T(language, $"Beste {model.RecipientFirstName},", $"Dear {model.RecipientFirstName},"))
            .Paragraph(T(
                language,
                v.Informal
                    ? $"Je hebt je nog niet aan- of afgemeld voor {meeting} op {when}. Wil je dat uiterlijk {by} doen, via de uitnodiging in je agenda? Dan weten we op tijd wie er komen."
                    : $"U hebt zich nog niet aan- of afgemeld voor {meeting} op {when}. Wilt u dat uiterlijk {by} doen, via de uitnodiging in uw agenda? Dan weten we op tijd wie er komen.",
                $"You have not yet let us know whether you will come to {meeting} on {when}. Please accept or decline the invitation in your calendar by {by}, so we know in time who is coming."))
            .Facts((T(language, "Waar", "Where"), Where(model.Location, model.Online, language)))
            .SignOff(Signature(v, language));
        var day = MessageFormat.Date(model.Start.Date, language);
        return Message(T(language, $"Herinnering: {v.ShortName} van {day}", $"Reminder: {v.ShortName} on {day}"), body);
    }

    /// <summary>To every member at the RSVP deadline: the meeting goes ahead (said once, in the body).</summary>
    public static RenderedMessage MeetingConfirmation(MeetingConfirmationModel model, MessageLanguage language = MessageLanguage.Dutch)
    {
        ArgumentNullException.ThrowIfNull(model);
        var v = model.Voice;
        var when = MessageFormat.When(model.Start, model.End, language);
        var meeting = MeetingPhrases.Capital(MeetingPhrases.Meeting(v, language));
        var first = T(language, $"{meeting} op {when} gaat door.", $"{meeting} on {when} goes ahead.");
        if (model.Answers is { } a)
        {
            first += " " + T(
                language,
                a.Accepted == 1 ? $"Er heeft zich 1 van de {a.Invited} genodigden aangemeld." : $"Er hebben zich {a.Accepted} van de {a.Invited} genodigden aangemeld.",
                $"{a.Accepted} of the {a.Invited} invitees have accepted.");
        }

        var body = new BodyWriter(language)
            .Paragraph(MembersGreeting(v, language))
            .Paragraph(first)
            .Facts((T(language, "Waar", "Where"), Where(model.Location, model.Online, language)));
        if (model.AgendaItems.Count > 0)
        {
            body.Heading(T(language, "Agenda", "Agenda")).List(model.AgendaItems, numbered: true);
        }

        body.Paragraph(T(
                language,
                v.Informal ? "Ben je toch verhinderd? Meld je dan af via de uitnodiging in je agenda." : "Bent u toch verhinderd? Meld u dan af via de uitnodiging in uw agenda.",
                "If you cannot come after all, please decline the invitation in your calendar."))
            .SignOff(Signature(v, language));
        var day = MessageFormat.Date(model.Start.Date, language);
        return Message(T(language, $"Bevestigd: {v.ShortName} van {day}", $"Confirmed: {v.ShortName} on {day}"), body);
    }

    /// <summary>
    /// The comment every attendee reads in the calendar cancellation (plain text: Graph's cancel comment, the .ics
    /// description), with the next meeting when there is one. The calendar item keeps its title.
    /// </summary>
    public static string MeetingCancellationComment(MeetingCancellationModel model, MessageLanguage language = MessageLanguage.Dutch)
    {
        ArgumentNullException.ThrowIfNull(model);
        var body = new BodyWriter(language).Paragraph(MembersGreeting(model.Voice, language));
        Cancelled(body, model, language, told: null);
        Next(body, model, language);
        return body.SignOff(Signature(model.Voice, language)).Build().Text.TrimEnd();
    }

    /// <summary>The coordinators' copy of a cancellation: why, the answers with the decliners' comments, the next meeting.</summary>
    public static RenderedMessage CancellationNotice(CancellationNoticeModel model, MessageLanguage language = MessageLanguage.Dutch)
    {
        ArgumentNullException.ThrowIfNull(model);
        var m = model.Meeting;
        var body = new BodyWriter(language).Paragraph(CoordinatorsGreeting(model.CoordinatorFirstNames, language));
        Cancelled(
            body,
            m,
            language,
            model.AttendeesTold
                ? T(language, "Alle genodigden hebben de afzegging in hun agenda gekregen.", "Everyone invited has had the cancellation in their calendar.")
                : T(language, "De uitnodiging was nog niet verstuurd.", "The invitation had not been sent yet."));
        if (model.Answers is { } answers)
        {
            Answers(body, answers, language);
        }

        Next(body, m, language);
        body.SignOff(Planning(m.Voice, language));
        var day = MessageFormat.Date(m.Start.Date, language);
        return Message(T(language, $"Afgelast: {m.Voice.ShortName} van {day}", $"Cancelled: {m.Voice.ShortName} on {day}"), body);
    }

    public static RenderedMessage LowTurnoutAlert(LowTurnoutAlertModel model, MessageLanguage language = MessageLanguage.Dutch)
    {
        ArgumentNullException.ThrowIfNull(model);
        var v = model.Voice;
        var a = model.Answers;
        var day = MessageFormat.Date(model.Start.Date, language);
        var meeting = MeetingPhrases.Meeting(v, language);
        var body = new BodyWriter(language)
            .Paragraph(CoordinatorsGreeting(model.CoordinatorFirstNames, language))
            .Paragraph(T(
                language,
                a.Accepted switch
                {
                    0 => $"Voor {meeting} van {day} heeft zich nog niemand van de {a.Invited} genodigden aangemeld.",
                    1 => $"Voor {meeting} van {day} heeft zich 1 van de {a.Invited} genodigden aangemeld.",
                    _ => $"Voor {meeting} van {day} hebben zich {a.Accepted} van de {a.Invited} genodigden aangemeld.",
                },
                a.Accepted == 0
                    ? $"For {meeting} on {day}, none of the {a.Invited} invitees has accepted yet."
                    : $"For {meeting} on {day}, {a.Accepted} of the {a.Invited} invitees have accepted."));
        Answers(body, a, language);
        body.SignOff(Planning(v, language));
        return Message(
            T(language, $"Weinig aanmeldingen: {v.ShortName} van {day} ({a.Accepted} van {a.Invited})", $"Low turnout: {v.ShortName} on {day} ({a.Accepted} of {a.Invited})"),
            body);
    }

    // "Het directieberaad van dinsdag 17 november 2026 gaat niet door: <reason>." — said once per message.
    private static void Cancelled(BodyWriter body, MeetingCancellationModel m, MessageLanguage language, string? told)
    {
        var meeting = MeetingPhrases.Capital(MeetingPhrases.Meeting(m.Voice, language));
        var day = MessageFormat.Date(m.Start.Date, language);
        var reason = string.IsNullOrWhiteSpace(m.Reason) ? string.Empty : ": " + m.Reason.Trim().TrimEnd('.');
        var text = T(language, $"{meeting} van {day} gaat niet door{reason}.", $"{meeting} on {day} is cancelled{reason}.");
        body.Paragraph(told is null ? text : $"{text} {told}");
    }

    private static void Next(BodyWriter body, MeetingCancellationModel m, MessageLanguage language)
    {
        if (m.NextStart is { } next)
        {
            var nextMeeting = MeetingPhrases.Capital(MeetingPhrases.Next(m.Voice, language));
            body.Paragraph($"{nextMeeting} {T(language, "is op", "is on")} {MessageFormat.When(next, m.NextEnd ?? next, language)}.");
        }
    }

    // Counts first (rows with nothing to count left out), then who declined with their comments and who has not answered.
    private static void Answers(BodyWriter body, MeetingAnswers a, MessageLanguage language)
    {
        body.Facts(
            (T(language, "Aangemeld", "Accepted"), T(language, $"{a.Accepted} van {a.Invited}", $"{a.Accepted} of {a.Invited}")),
            (T(language, "Afgemeld", "Declined"), Count(a.Decliners.Count)),
            (T(language, "Onder voorbehoud", "Tentative"), Count(a.Tentative)),
            (T(language, "Nog geen reactie", "No answer yet"), Count(a.NoResponse.Count)));
        if (a.Decliners.Count > 0)
        {
            body.Heading(T(language, "Afgemeld", "Declined")).List(a.Decliners.Select(Person));
        }

        if (a.NoResponse.Count > 0)
        {
            body.Heading(T(language, "Nog geen reactie", "No answer yet")).List(a.NoResponse.Select(p => Person(p with { Comment = null })));
        }
    }

    private static string? Count(int n) => n == 0 ? null : n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string MembersGreeting(MeetingVoice v, MessageLanguage language) =>
        T(language, $"Beste {MeetingPhrases.Members(v, language)},", $"Dear {MeetingPhrases.Members(v, language)},");

    private static string CoordinatorsGreeting(IReadOnlyList<string> firstNames, MessageLanguage language) =>
        firstNames.Count == 0
            ? T(language, "Beste coördinatoren,", "Dear coordinators,")
            : T(language, $"Beste {MeetingPhrases.Join(firstNames, language)},", $"Dear {MeetingPhrases.Join(firstNames, language)},");

    // "Hilde Voskamp en Wim Heijink" / "coördinatoren Profijt"; without signers the partnership signs.
    private static string[] Signature(MeetingVoice v, MessageLanguage language) => v.Signers.Count switch
    {
        0 => [v.PartnershipName],
        1 => [v.Signers[0], T(language, $"coördinator {v.PartnershipName}", $"{v.PartnershipName} coordinator")],
        _ => [MeetingPhrases.Join(v.Signers, language), T(language, $"coördinatoren {v.PartnershipName}", $"{v.PartnershipName} coordinators")],
    };

    // Mails to the coordinators come from the planning that runs for them, not from themselves.
    private static string[] Planning(MeetingVoice v, MessageLanguage language) =>
        [T(language, $"De vergaderplanning van {v.PartnershipName}", $"the {v.PartnershipName} meeting planner")];

    private static string Person(TurnoutPerson person)
    {
        var who = string.IsNullOrWhiteSpace(person.Organization) ? person.Name : $"{person.Name} ({person.Organization})";
        return string.IsNullOrWhiteSpace(person.Comment)
            ? who
            : $"{who}: “{person.Comment}”";
    }
}
