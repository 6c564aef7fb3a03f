namespace Workflows.Messaging.Templates;

/// <remarks>After the meeting: the verslag to the members, and one reminder to the owner of each open action item.</remarks>
public static partial class MessageTemplates
{
    /// <summary>The approved verslag, in the body (readable on a phone, searchable in the mailbox), with the action items as a table.</summary>
    public static RenderedMessage Minutes(MinutesModel model, MessageLanguage language = MessageLanguage.Dutch)
    {
        ArgumentNullException.ThrowIfNull(model);
        var v = model.Voice;
        var meeting = MeetingPhrases.Meeting(v, language);
        var body = new BodyWriter(language)
            .Paragraph(MembersGreeting(v, language))
            .Paragraph(T(language, $"Hierbij het verslag van {meeting} van {MessageFormat.Date(model.Start.Date, language)}.", $"Here are the minutes of {meeting} on {MessageFormat.Date(model.Start.Date, language)}."))
            .Heading(T(language, "Verslag", "Minutes"));
        foreach (string paragraph in Paragraphs(model.Text))
        {
            body.Paragraph(paragraph);
        }

        if (model.ActionItems.Count > 0)
        {
            body.Heading(T(language, "Actiepunten", "Action items")).Table(
                [T(language, "Wat", "What"), T(language, "Wie", "Who"), T(language, "Uiterlijk", "Due")],
                model.ActionItems.Select(a => (IReadOnlyList<string>)[a.What, a.OwnerName, MessageFormat.Date(a.Due, language)]));
        }

        body.Paragraph(T(
                language,
                "Klopt er iets niet? Laat het ons dan weten.",
                "If anything is not right, please let us know."))
            .SignOff(Signature(v, language));
        var day = MessageFormat.Date(model.Start.Date, language);
        return Message(T(language, $"Verslag {v.ShortName} van {day}", $"Minutes: {v.ShortName} on {day}"), body);
    }

    /// <summary>The one reminder of an action item, to its owner: what was agreed, at which meeting, by when.</summary>
    public static RenderedMessage ActionItemReminder(ActionItemReminderModel model, MessageLanguage language = MessageLanguage.Dutch)
    {
        ArgumentNullException.ThrowIfNull(model);
        var v = model.Voice;
        var meeting = MeetingPhrases.Meeting(v, language);
        var on = MessageFormat.Date(model.MeetingDate, language);
        var due = MessageFormat.Date(model.Due, language);
        var body = new BodyWriter(language)
            .Paragraph(T(language, $"Beste {model.RecipientFirstName},", $"Dear {model.RecipientFirstName},"))
            .Paragraph(T(
                language,
                v.Informal
                    ? $"Tijdens {meeting} van {on} heb je dit actiepunt op je genomen:"
                    : $"Tijdens {meeting} van {on} hebt u dit actiepunt op zich genomen:",
                $"At {meeting} on {on} you took on this action item:"))
            .Facts((T(language, "Actiepunt", "Action item"), model.What), (T(language, "Uiterlijk", "Due"), due))
            .Paragraph(T(
                language,
                $"Is het al gedaan? Laat het ons dan weten, dan halen we het van de lijst. Anders zetten we het op de agenda van {MeetingPhrases.Next(v, language)}.",
                "Done already? Let us know and we will take it off the list. Otherwise it will be on the agenda of the next meeting."))
            .SignOff(Signature(v, language));
        return Message(T(language, $"Herinnering actiepunt {v.ShortName}: uiterlijk {due}", $"Reminder: action item {v.ShortName}, due {due}"), body);
    }

    // Blank lines separate paragraphs; single line breaks stay inside one.
    private static IEnumerable<string> Paragraphs(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(p => p.Length > 0);
}
