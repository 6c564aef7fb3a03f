using NodaTime;
using Workflows.Orchestrations.Meetings;
using Workflows.Messaging;
using Workflows.Messaging.Templates;
using Workflows.Partnerships.Configuration;

namespace Workflows.Orchestrations.Subsidies;

/// <summary>
/// The messages of a subsidy round: announcement and reminder from the typed templates (with the recipient's own
/// signed links), and the notices (an application, the summary, a withdrawal) in the templates' notice frame. Every
/// one has a greeting and is signed by the coordinators by name.
/// </summary>
internal static class SubsidyMessages
{
    /// <summary>Who hears of a step of this round that failed for good.</summary>
    public static StepAudience Audience(SubsidyRoundSnapshot r) =>
        new(r.PartnershipId, r.PartnershipName, r.Organizer, r.Language, r.Coordinators, SubsidyEvents.Workflow,
            r.IsEnglish ? $"the subsidy round {r.Title}" : $"de subsidieregeling ‘{r.Title}’", Round: r.RoundId);

    public static RenderedMessage Announcement(SubsidyRoundSnapshot r, MemberSnapshot to, SubsidyActionLinks links) =>
        MessageTemplates.SubsidyAnnouncement(
            new SubsidyAnnouncementModel(r.PartnershipName, to.Name, r.Title, r.Funder, SnapshotCalendar.Date(r.Deadline), Info(r), links, Time(r), Signers(r)),
            Language(r));

    public static RenderedMessage Reminder(SubsidyRoundSnapshot r, MemberSnapshot to, int daysLeft, SubsidyActionLinks links) =>
        MessageTemplates.SubsidyReminder(
            new SubsidyReminderModel(r.PartnershipName, to.Name, r.Title, r.Funder, SnapshotCalendar.Date(r.Deadline), daysLeft, Info(r), links, Time(r), Signers(r)),
            Language(r));

    /// <summary>To the coordinators (and, when applications are shared, the other schools): a school applies.</summary>
    public static RenderedMessage ApplicationNotice(SubsidyRoundSnapshot r, MemberSnapshot school, bool shared = false) =>
        Notice(
            r,
            r.IsEnglish ? $"{school.OrganizationName} will apply: {r.Title}" : $"{school.OrganizationName} dient een aanvraag in: {r.Title}",
            Greeting(r, shared),
            r.IsEnglish
                ? $"{school.OrganizationName} ({school.Name}) has told us it will apply for {Scheme(r)}. Applications are due by {Deadline(r)}."
                : $"{school.OrganizationName} ({school.Name}) laat weten een aanvraag in te dienen voor {Scheme(r)}. Aanvragen moeten uiterlijk {Deadline(r)} binnen zijn.");

    /// <summary>To those told of an application (<see cref="ApplicationNotice"/>): the school does not apply after all.</summary>
    public static RenderedMessage ApplicationWithdrawnNotice(SubsidyRoundSnapshot r, MemberSnapshot school, bool shared = false) =>
        Notice(
            r,
            r.IsEnglish ? $"{school.OrganizationName} will not apply after all: {r.Title}" : $"{school.OrganizationName} dient toch geen aanvraag in: {r.Title}",
            Greeting(r, shared),
            r.IsEnglish
                ? $"{school.OrganizationName} ({school.Name}) has told us it will not apply for {Scheme(r)} after all. Earlier it said it would apply."
                : $"{school.OrganizationName} ({school.Name}) laat weten toch geen aanvraag in te dienen voor {Scheme(r)}. Eerder liet de school weten wel een aanvraag in te dienen.");

    /// <summary>To the coordinators at the deadline: who applies, who declined, who never reacted (an empty list is left out).</summary>
    public static RenderedMessage Summary(SubsidyRoundSnapshot r, IReadOnlyList<SubsidyAnswer> answers)
    {
        string Line(MemberSnapshot m) => $"{m.OrganizationName} ({m.Name})";
        var applying = r.Recipients.Where(m => Of(answers, m) == SubsidyEvents.Applying).Select(Line).ToList();
        var declined = r.Recipients.Where(m => Of(answers, m) == SubsidyEvents.Declined).Select(Line).ToList();
        var silent = r.Recipients.Where(m => Of(answers, m) is null).Select(Line).ToList();
        return r.IsEnglish
            ? Notice(
                r,
                $"Applications closed: {r.Title}",
                Greeting(r, shared: false),
                $"Applications for {Scheme(r)} closed on {Deadline(r)}. {applying.Count} will apply, {declined.Count} will not, {silent.Count} never reacted.",
                [new("Will apply", applying), new("Not for us", declined), new("No reaction", silent)])
            : Notice(
                r,
                $"Aanvraagtermijn verlopen: {r.Title}",
                Greeting(r, shared: false),
                $"De aanvraagtermijn van {Scheme(r)} liep af op {Deadline(r)}. Aanvraag: {applying.Count}, niet voor ons: {declined.Count}, geen reactie: {silent.Count}.",
                [new("Dienen een aanvraag in", applying), new("Niet voor ons", declined), new("Geen reactie", silent)]);
    }

    /// <summary>To every recipient and the coordinators: the round was withdrawn.</summary>
    public static RenderedMessage Withdrawal(SubsidyRoundSnapshot r, string? reason) =>
        Notice(
            r,
            r.IsEnglish ? $"Withdrawn: subsidy scheme {r.Title}" : $"Ingetrokken: subsidieregeling {r.Title}",
            r.IsEnglish ? "Dear colleagues," : "Beste collega's,",
            r.IsEnglish
                ? $"We have withdrawn our message about {Scheme(r)}; you no longer need to tell us whether your school will apply."
                : $"We hebben ons bericht over {Scheme(r)} ingetrokken; u hoeft niet meer te laten weten of uw school een aanvraag indient.",
            [],
            reason);

    public static string SummaryReason(SubsidyRoundSnapshot r, IReadOnlyList<SubsidyAnswer> answers)
    {
        int applying = r.Recipients.Count(m => Of(answers, m) == SubsidyEvents.Applying);
        int declined = r.Recipients.Count(m => Of(answers, m) == SubsidyEvents.Declined);
        int silent = r.Recipients.Count(m => Of(answers, m) is null);
        return r.IsEnglish
            ? $"{applying} applying, {declined} declined, {silent} no reaction"
            : $"aanvraag: {applying}, niet voor ons: {declined}, geen reactie: {silent}";
    }

    /// <summary>The deadline as the messages write it: <c>maandag 15 februari 2027 om 17.00 uur</c>, or the date alone.</summary>
    public static string Deadline(SubsidyRoundSnapshot r) =>
        TimeOfDayFormat.Deadline(SnapshotCalendar.Date(r.Deadline), Time(r), Language(r));

    public static string? Of(IReadOnlyList<SubsidyAnswer> answers, MemberSnapshot m) =>
        answers.LastOrDefault(a => a.RecipientId == m.Id)?.Action;

    public static MessageLanguage Language(SubsidyRoundSnapshot r) => r.IsEnglish ? MessageLanguage.English : MessageLanguage.Dutch;

    private static LocalTime? Time(SubsidyRoundSnapshot r) => SubsidyDeadline.ParseTime(r.DeadlineTime);

    private static IReadOnlyList<string> Signers(SubsidyRoundSnapshot r) => [.. r.Coordinators.Select(c => c.Name)];

    private static string Scheme(SubsidyRoundSnapshot r) => SubsidyWording.Scheme(r.Title, r.Funder, Language(r));

    // The coordinators by first name; a notice the other schools get as well greets them all.
    private static string Greeting(SubsidyRoundSnapshot r, bool shared) =>
        shared || r.Coordinators.Count == 0
            ? (r.IsEnglish ? "Dear colleagues," : "Beste collega's,")
            : MessageSignature.GreetingByFirstName([.. r.Coordinators.Select(c => c.Name)], Language(r));

    private static Uri? Info(SubsidyRoundSnapshot r) => r.Url is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri : null;

    private static RenderedMessage Notice(SubsidyRoundSnapshot r, string subject, string greeting, string lead, IReadOnlyList<NoticeList>? lists = null, string? reason = null) =>
        MessageTemplates.Notice(
            new NoticeModel(subject, greeting, [lead, reason ?? string.Empty], lists ?? [], MessageSignature.SignOff(Signers(r), r.PartnershipName, Language(r))),
            Language(r));
}
