namespace Workflows.Messaging.Templates;

public static partial class MessageTemplates
{
    public static RenderedMessage MeetingInvitation(MeetingInvitationModel model, MessageLanguage language = MessageLanguage.Dutch)
    {
        ArgumentNullException.ThrowIfNull(model);
        var when = MessageFormat.Span(model.Start, model.End, language);
        var body = new BodyWriter(language)
            .Paragraph(T(language, $"Beste leden van {model.GroupName},", $"Dear members of {model.GroupName},"))
            .Paragraph(T(
                language,
                $"U bent uitgenodigd voor {model.MeetingTitle} op {when}.",
                $"You are invited to {model.MeetingTitle} on {when}."))
            .Facts(
                (T(language, "Wanneer", "When"), when),
                (T(language, "Waar", "Where"), Where(model.Location, model.Online, language)),
                (T(language, "Voorzitter", "Chair"), model.ChairName));
        if (model.AgendaItems.Count > 0)
        {
            body.Heading(T(language, "Agenda", "Agenda")).List(model.AgendaItems, numbered: true);
        }

        body.Paragraph(T(
                language,
                $"Wilt u uiterlijk {MessageFormat.Date(model.RsvpBy, language)} laten weten of u komt? Accepteer of weiger de uitnodiging in uw agenda.",
                $"Please let us know by {MessageFormat.Date(model.RsvpBy, language)} whether you will attend: accept or decline the invitation in your calendar."))
            .Closing(model.PartnershipName);
        return Message(T(language, $"Uitnodiging: {model.MeetingTitle} – {MessageFormat.Date(model.Start.Date, language)}", $"Invitation: {model.MeetingTitle} – {MessageFormat.Date(model.Start.Date, language)}"), body);
    }

    public static RenderedMessage AgendaRequest(AgendaRequestModel model, MessageLanguage language = MessageLanguage.Dutch)
    {
        ArgumentNullException.ThrowIfNull(model);
        var when = MessageFormat.Span(model.Start, model.End, language);
        var body = new BodyWriter(language)
            .Paragraph(T(language, $"Beste {model.ChairName},", $"Dear {model.ChairName},"))
            .Paragraph(T(
                language,
                $"Op {when} vergadert {model.GroupName} ({model.MeetingTitle}). Als voorzitter stelt u de agenda vast. Wilt u de agendapunten uiterlijk {MessageFormat.Date(model.AgendaDueBy, language)} doorgeven, zodat ze met de uitnodiging meegaan?",
                $"{model.GroupName} meets on {when} ({model.MeetingTitle}). As chair you set the agenda. Please send the agenda items by {MessageFormat.Date(model.AgendaDueBy, language)} so they go out with the invitation."));
        if (model.FixedItems.Count > 0)
        {
            body.Heading(T(language, "Vaste agendapunten", "Standing items")).List(model.FixedItems, numbered: true);
        }

        if (model.CoordinatorNames.Count > 0)
        {
            body.Paragraph(T(language, "In kopie: ", "Copied: ") + string.Join(", ", model.CoordinatorNames));
        }

        body.Closing(model.PartnershipName);
        return Message(T(language, $"Agenda gevraagd: {model.MeetingTitle} van {MessageFormat.Date(model.Start.Date, language)}", $"Agenda needed: {model.MeetingTitle} on {MessageFormat.Date(model.Start.Date, language)}"), body);
    }

    public static RenderedMessage RsvpReminder(RsvpReminderModel model, MessageLanguage language = MessageLanguage.Dutch)
    {
        ArgumentNullException.ThrowIfNull(model);
        var when = MessageFormat.Span(model.Start, model.End, language);
        var body = new BodyWriter(language)
            .Paragraph(T(language, $"Beste {model.RecipientName},", $"Dear {model.RecipientName},"))
            .Paragraph(T(
                language,
                $"We hebben nog niet van u gehoord of u bij {model.MeetingTitle} op {when} bent. Wilt u de uitnodiging in uw agenda uiterlijk {MessageFormat.Date(model.RsvpBy, language)} accepteren of weigeren? Dan weten we op tijd of de vergadering doorgaat.",
                $"We have not heard yet whether you will attend {model.MeetingTitle} on {when}. Please accept or decline the invitation in your calendar by {MessageFormat.Date(model.RsvpBy, language)}, so we know in time whether the meeting goes ahead."))
            .Facts((T(language, "Waar", "Where"), Where(model.Location, model.Online, language)))
            .Closing(model.PartnershipName);
        return Message(T(language, $"Herinnering: komt u naar {model.MeetingTitle} op {MessageFormat.Date(model.Start.Date, language)}?", $"Reminder: will you attend {model.MeetingTitle} on {MessageFormat.Date(model.Start.Date, language)}?"), body);
    }

    public static RenderedMessage QuorumCancellation(QuorumCancellationModel model, MessageLanguage language = MessageLanguage.Dutch)
    {
        ArgumentNullException.ThrowIfNull(model);
        var when = MessageFormat.Span(model.Start, model.End, language);
        var body = new BodyWriter(language)
            .Paragraph(T(language, "Beste genodigden,", "Dear invitees,"))
            .Paragraph(T(
                language,
                $"{model.MeetingTitle} van {when} gaat niet door: er is geen quorum.",
                $"{model.MeetingTitle} on {when} is cancelled: there is no quorum."))
            .Facts((T(language, "Reden", "Reason"), model.Reason));
        if (model.NextStart is { } next)
        {
            var nextEnd = model.NextEnd ?? next;
            body.Paragraph(T(
                language,
                $"De volgende vergadering is op {MessageFormat.Span(next, nextEnd, language)}.",
                $"The next meeting is on {MessageFormat.Span(next, nextEnd, language)}."));
        }

        body.Closing(model.PartnershipName);
        return Message(T(language, $"Geannuleerd: {model.MeetingTitle} – {MessageFormat.Date(model.Start.Date, language)}", $"Cancelled: {model.MeetingTitle} – {MessageFormat.Date(model.Start.Date, language)}"), body);
    }

    public static RenderedMessage LowTurnoutAlert(LowTurnoutAlertModel model, MessageLanguage language = MessageLanguage.Dutch)
    {
        ArgumentNullException.ThrowIfNull(model);
        var when = MessageFormat.Span(model.Start, model.End, language);
        var body = new BodyWriter(language)
            .Paragraph(T(language, "Beste coördinatoren,", "Dear coordinators,"))
            .Paragraph(T(
                language,
                $"Voor {model.MeetingTitle} op {when} hebben {model.Accepted} van de {model.Invited} genodigden aangenomen. Dat is weinig; misschien is het goed om na te gaan waarom.",
                $"For {model.MeetingTitle} on {when}, {model.Accepted} of {model.Invited} invitees accepted. That is low; it may be worth finding out why."));
        if (model.Decliners.Count > 0)
        {
            body.Heading(T(language, "Afgemeld", "Declined"))
                .List(model.Decliners.Select(Person));
        }

        if (model.NoResponse.Count > 0)
        {
            body.Heading(T(language, "Nog geen antwoord", "No answer yet"))
                .List(model.NoResponse.Select(p => Person(p with { Comment = null })));
        }

        body.Closing(model.PartnershipName);
        return Message(T(language, $"Lage opkomst: {model.MeetingTitle} – {MessageFormat.Date(model.Start.Date, language)} ({model.Accepted} van {model.Invited} aangenomen)", $"Low turnout: {model.MeetingTitle} – {MessageFormat.Date(model.Start.Date, language)} ({model.Accepted} of {model.Invited} accepted)"), body);
    }

    private static string Person(TurnoutPerson person)
    {
        var who = string.IsNullOrWhiteSpace(person.Organization) ? person.Name : $"{person.Name} ({person.Organization})";
        return string.IsNullOrWhiteSpace(person.Comment)
            ? who
            : $"{who}: “{person.Comment}”";
    }
}
