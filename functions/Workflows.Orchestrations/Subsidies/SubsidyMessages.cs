using System.Net;
using System.Text;
using Workflows.Orchestrations.Meetings;
using Workflows.Messaging;
using Workflows.Messaging.Templates;

namespace Workflows.Orchestrations.Subsidies;

/// <summary>
/// The messages of a subsidy round: announcement and reminder from the typed templates (with the recipient's own
/// signed links), and the notices the templates do not have yet (an application, the summary, a withdrawal).
/// </summary>
internal static class SubsidyMessages
{
    /// <summary>Who hears of a step of this round that failed for good.</summary>
    public static StepAudience Audience(SubsidyRoundSnapshot r) =>
        new(r.PartnershipId, r.PartnershipName, r.Organizer, r.Language, r.Coordinators, SubsidyEvents.Workflow,
            r.IsEnglish ? $"the subsidy round {r.Title}" : $"de subsidieronde {r.Title}", Round: r.RoundId);

    public static RenderedMessage Announcement(SubsidyRoundSnapshot r, MemberSnapshot to, SubsidyActionLinks links) =>
        MessageTemplates.SubsidyAnnouncement(
            new SubsidyAnnouncementModel(r.PartnershipName, to.Name, r.Title, r.Funder, SnapshotCalendar.Date(r.Deadline), Info(r), links),
            Language(r));

    public static RenderedMessage Reminder(SubsidyRoundSnapshot r, MemberSnapshot to, int daysLeft, SubsidyActionLinks links) =>
        MessageTemplates.SubsidyReminder(
            new SubsidyReminderModel(r.PartnershipName, to.Name, r.Title, r.Funder, SnapshotCalendar.Date(r.Deadline), daysLeft, Info(r), links),
            Language(r));

    /// <summary>To the coordinators (and, when applications are shared, the other schools): a school applies.</summary>
    public static RenderedMessage ApplicationNotice(SubsidyRoundSnapshot r, MemberSnapshot school) =>
        r.IsEnglish
            ? Message($"{school.OrganizationName} applies: {r.Title}", $"{school.OrganizationName} ({school.Name}) has told us it will apply for the subsidy round {r.Title} by {r.Funder} (deadline {Date(r)}).", null, [], r)
            : Message($"{school.OrganizationName} vraagt aan: {r.Title}", $"{school.OrganizationName} ({school.Name}) laat weten aan te vragen voor de subsidieronde {r.Title} van {r.Funder} (deadline {Date(r)}).", null, [], r);

    /// <summary>To those told of an application (<see cref="ApplicationNotice"/>): the school does not apply after all.</summary>
    public static RenderedMessage ApplicationWithdrawnNotice(SubsidyRoundSnapshot r, MemberSnapshot school) =>
        r.IsEnglish
            ? Message($"{school.OrganizationName} will not apply after all: {r.Title}", $"{school.OrganizationName} ({school.Name}) has told us it will not apply for the subsidy round {r.Title} by {r.Funder} after all (deadline {Date(r)}). Earlier it said it would apply.", null, [], r)
            : Message($"{school.OrganizationName} dient toch geen aanvraag in: {r.Title}", $"{school.OrganizationName} ({school.Name}) laat weten toch geen aanvraag in te dienen voor de subsidieronde {r.Title} van {r.Funder} (deadline {Date(r)}). Eerder liet de school weten wel aan te vragen.", null, [], r);

    /// <summary>To the coordinators at the deadline: who applies, who declined, who never reacted.</summary>
    public static RenderedMessage Summary(SubsidyRoundSnapshot r, IReadOnlyList<SubsidyAnswer> answers)
    {
        string Line(MemberSnapshot m) => $"{m.OrganizationName} ({m.Name})";
        var applying = r.Recipients.Where(m => Of(answers, m) == SubsidyEvents.Applying).Select(Line).ToList();
        var declined = r.Recipients.Where(m => Of(answers, m) == SubsidyEvents.Declined).Select(Line).ToList();
        var silent = r.Recipients.Where(m => Of(answers, m) is null).Select(Line).ToList();
        return r.IsEnglish
            ? Message(
                $"Subsidy round closed: {r.Title}",
                $"The subsidy round {r.Title} by {r.Funder} closed on {Date(r)}. {applying.Count} apply, {declined.Count} declined, {silent.Count} never reacted.",
                null,
                [("Applying", applying), ("Not for us", declined), ("No reaction", silent)],
                r)
            : Message(
                $"Subsidieronde gesloten: {r.Title}",
                $"De subsidieronde {r.Title} van {r.Funder} is op {Date(r)} gesloten. {applying.Count} vragen aan, {declined.Count} niet, {silent.Count} reageerden niet.",
                null,
                [("Vragen aan", applying), ("Niet voor ons", declined), ("Geen reactie", silent)],
                r);
    }

    public static RenderedMessage Withdrawal(SubsidyRoundSnapshot r, string? reason) =>
        r.IsEnglish
            ? Message($"Subsidy round withdrawn: {r.Title}", $"The subsidy round {r.Title} by {r.Funder} has been withdrawn; you no longer need to react.", reason, [], r)
            : Message($"Subsidieronde ingetrokken: {r.Title}", $"De subsidieronde {r.Title} van {r.Funder} is ingetrokken; u hoeft niet meer te reageren.", reason, [], r);

    public static string SummaryReason(SubsidyRoundSnapshot r, IReadOnlyList<SubsidyAnswer> answers)
    {
        int applying = r.Recipients.Count(m => Of(answers, m) == SubsidyEvents.Applying);
        int declined = r.Recipients.Count(m => Of(answers, m) == SubsidyEvents.Declined);
        int silent = r.Recipients.Count(m => Of(answers, m) is null);
        return r.IsEnglish
            ? $"{applying} applying, {declined} declined, {silent} no reaction"
            : $"{applying} vragen aan, {declined} niet voor ons, {silent} geen reactie";
    }

    public static string? Of(IReadOnlyList<SubsidyAnswer> answers, MemberSnapshot m) =>
        answers.LastOrDefault(a => a.RecipientId == m.Id)?.Action;

    public static MessageLanguage Language(SubsidyRoundSnapshot r) => r.IsEnglish ? MessageLanguage.English : MessageLanguage.Dutch;

    private static Uri? Info(SubsidyRoundSnapshot r) => r.Url is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri : null;

    private static string Date(SubsidyRoundSnapshot r) => MessageFormat.Date(SnapshotCalendar.Date(r.Deadline), Language(r));

    private static RenderedMessage Message(string subject, string lead, string? reason, IReadOnlyList<(string Heading, List<string> Items)> lists, SubsidyRoundSnapshot r)
    {
        var html = new StringBuilder();
        var text = new StringBuilder();
        html.Append("<p>").Append(WebUtility.HtmlEncode(lead)).Append("</p>\n");
        text.Append(lead).Append("\n\n");
        if (!string.IsNullOrWhiteSpace(reason))
        {
            html.Append("<p>").Append(WebUtility.HtmlEncode(reason)).Append("</p>\n");
            text.Append(reason).Append("\n\n");
        }

        foreach (var (heading, items) in lists)
        {
            html.Append("<h3>").Append(WebUtility.HtmlEncode(heading)).Append("</h3>\n<ul>\n");
            text.Append(heading).Append(":\n");
            foreach (string item in items.Count == 0 ? ["-"] : items)
            {
                html.Append("<li>").Append(WebUtility.HtmlEncode(item)).Append("</li>\n");
                text.Append("- ").Append(item).Append('\n');
            }

            html.Append("</ul>\n");
            text.Append('\n');
        }

        html.Append("<p>").Append(WebUtility.HtmlEncode(r.PartnershipName)).Append("</p>\n");
        text.Append(r.PartnershipName).Append('\n');
        return new RenderedMessage(subject, new MessageBody(html.ToString(), text.ToString()));
    }
}
