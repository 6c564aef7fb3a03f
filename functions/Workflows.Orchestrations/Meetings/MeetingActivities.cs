using Workflows.Orchestrations.Timeline;
using Microsoft.Extensions.Logging;
using Microsoft.DurableTask;
using Workflows.Messaging;
using Workflows.Orchestrations.Links;

namespace Workflows.Orchestrations.Meetings;

/// <summary>
/// The side effects of a meeting cycle. Each step sends through the gateway with the activity's idempotency key
/// (a redelivered step returns what the first run made) and then records its timeline event under the same key.
/// </summary>
internal sealed partial class MeetingActivities(MeetingServices services)
{
    private readonly ILogger _logger = services.LoggerFactory.CreateLogger<MeetingActivities>();

    private IMessageGateway Gateway => services.Gateway;

    public async Task<bool> RequestAgendaAsync(StepContext context, MeetingStepInput input)
    {
        var s = input.Series;
        if (s.Chair is not { } chair)
        {
            return false;
        }

        // Only a host that signs links (serve, simulate, Functions) offers the form; without one the mail asks for a reply.
        (Uri, DateTimeOffset)? propose = null;
        if (services.Links is { } links)
        {
            var link = AgendaProposalLinks.For(input.Instance, input.Occurrence, chair.Id, input.At);
            propose = (links.CreateUrl(link), link.ExpiresAt);
        }

        var (subject, body) = MeetingMessages.AgendaRequest(s, input.Occurrence, propose);
        var cc = s.Coordinators.Where(c => !SameEmail(c.Email, chair.Email)).Select(ToRecipient).ToList();
        await Gateway.SendMailAsync(
            new MailMessage(context.IdempotencyKey, s.Organizer, [ToRecipient(chair)], cc, subject, body, [], Labels(MeetingEvents.AgendaRequested, input)),
            context.CancellationToken);
        await RecordAsync(context, input, MeetingEvents.AgendaRequested, [chair.Email, .. cc.Select(c => c.Email)], null);
        return true;
    }

    public async Task<InvitationResult> InviteAsync(StepContext context, MeetingStepInput input)
    {
        var s = input.Series;
        var o = input.Occurrence;
        var (subject, body) = MeetingMessages.Invitation(s, o, await AgendaAsync(s, o, context.CancellationToken), await DocumentsAsync(s, o, context.CancellationToken));
        var attendees = s.Members.Select(m => new Attendee(m.Email, m.Name)).ToList();
        var created = await Gateway.CreateEventAsync(
            new CalendarEventRequest(context.IdempotencyKey, s.Organizer, subject, body, o.Start, o.End, s.TimeZone, attendees, s.Location, s.Online, Labels(MeetingEvents.Invited, input)),
            context.CancellationToken);
        await RecordAsync(context, input, MeetingEvents.Invited, [.. attendees.Select(a => a.Email)], o.MovedReason);
        MeetingLog.Invited(_logger, s.SeriesId, o.Date, attendees.Count, input.Instance);
        return new InvitationResult(created, MeetingCycleOrchestrator.Desired(s, o));
    }

    /// <summary>Sends the whole event again (new time, attendees, agenda); <c>Reason</c> says why, <c>meeting.moved</c> when a coordinator moved it.</summary>
    public async Task<InvitationResult> UpdateInvitationAsync(StepContext context, MeetingStepInput input)
    {
        var s = input.Series;
        var o = input.Occurrence;
        var existing = input.Event ?? throw new InvalidOperationException("An update needs the event it updates.");
        string kind = o.MovedReason is not null && string.Equals(input.Reason, o.MovedReason, StringComparison.Ordinal) ? MeetingEvents.Moved : MeetingEvents.Updated;
        var (subject, body) = MeetingMessages.Invitation(s, o, await AgendaAsync(s, o, context.CancellationToken), await DocumentsAsync(s, o, context.CancellationToken));
        var attendees = s.Members.Select(m => new Attendee(m.Email, m.Name)).ToList();
        var updated = await Gateway.UpdateEventAsync(
            new CalendarEventUpdate(context.IdempotencyKey, existing, subject, body, o.Start, o.End, s.TimeZone, attendees, s.Location, Labels(kind, input)),
            context.CancellationToken);
        await RecordAsync(context, input, kind, [.. attendees.Select(a => a.Email)], input.Reason);
        MeetingLog.Updated(_logger, s.SeriesId, o.Date, kind);
        return new InvitationResult(updated, MeetingCycleOrchestrator.Desired(s, o));
    }

    /// <summary>
    /// The agenda as it stands when the invitation (or its update) goes out: read here, in the step, so the cycle's
    /// history holds only the result and a proposal never has to reach the orchestration.
    /// </summary>
    private async Task<IReadOnlyList<string>> AgendaAsync(SeriesSnapshot s, PlannedOccurrence o, CancellationToken cancellationToken)
    {
        var accepted = await services.Agenda.ReadAcceptedAsync(s.PartnershipId, s.SeriesId, o.Date, cancellationToken);
        var rounds = await services.SubsidyRounds.ReadRunningAsync(s.PartnershipId, cancellationToken);
        return AgendaLines.Compose(s, accepted, rounds, await services.OpenActionItemsAsync(s, o, cancellationToken));
    }

    /// <summary>The occurrence's documents as download links, read when the invitation (or its update) goes out.</summary>
    private async Task<IReadOnlyList<Workflows.Messaging.Templates.DocumentLine>> DocumentsAsync(SeriesSnapshot s, PlannedOccurrence o, CancellationToken cancellationToken) =>
        services.Documents is { } documents ? await documents.LinksAsync(s.PartnershipId, s.SeriesId, o.Date, o.End, cancellationToken) : [];

    /// <summary>
    /// Asks again everyone who has not said yes or no: those without an answer, and those who answered "onder
    /// voorbehoud" (not yet a yes for the partner rule), each with their own text.
    /// </summary>
    public async Task<int> RemindAsync(StepContext context, MeetingStepInput input)
    {
        var s = input.Series;
        var answers = await AnswersAsync(input, context.CancellationToken);
        var asked = s.Members
            .Select(m => (Member: m, Answer: Answer(answers, m).Response))
            .Where(a => a.Answer is ResponseStatus.None or ResponseStatus.TentativelyAccepted)
            .DistinctBy(a => a.Member.Email, StringComparer.OrdinalIgnoreCase)
            .ToList();
        if (asked.Count == 0)
        {
            return 0;
        }

        // One mail per person, addressed by name; each keyed by the step's key and the person, so a rerun sends none twice.
        foreach (var (member, answer) in asked)
        {
            var (subject, body) = answer == ResponseStatus.TentativelyAccepted
                ? MeetingDecisionMessages.TentativeReminder(s, input.Occurrence, member)
                : MeetingMessages.Reminder(s, input.Occurrence, member);
            await Gateway.SendMailAsync(
                new MailMessage($"{context.IdempotencyKey}/{member.Id}", s.Organizer, [ToRecipient(member)], [], subject, body, [], Labels(MeetingEvents.Reminded, input, member.Id)),
                context.CancellationToken);
        }

        await RecordAsync(context, input, MeetingEvents.Reminded, [.. asked.Select(a => a.Member.Email)], null);
        return asked.Count;
    }

    /// <summary>
    /// The partner rule is not met ahead of the deadline: one mail to the coordinators with the answers so far and two
    /// signed one-click choices ("gaat door", "afgelasten") that raise <c>occurrence-decision</c> to this instance,
    /// valid until the meeting starts and usable once between them; then <c>meeting.at-risk</c>. Nothing is sent
    /// when the series has no coordinators (the event is still recorded: the deadline's default then decides).
    /// </summary>
    public async Task<bool> WarnAtRiskAsync(StepContext context, MeetingStepInput input)
    {
        var s = input.Series;
        var o = input.Occurrence;
        var verdict = input.Verdict ?? throw new InvalidOperationException("A warning needs the verdict it reports.");
        var to = s.Coordinators.DistinctBy(c => c.Email, StringComparer.OrdinalIgnoreCase).Select(ToRecipient).ToList();
        if (to.Count > 0)
        {
            var links = services.Links ?? throw new InvalidOperationException("The meeting services have no action links to sign the coordinators' choice with.");
            string who = string.Join(",", s.Coordinators.Select(c => c.Id).Distinct(StringComparer.Ordinal));
            var urls = links.CreateAlternativeUrls(
            [
                new ActionLink(input.Instance, MeetingEvents.OccurrenceDecision, OccurrenceDecisions.Hold, who, o.Start, o.Date),
                new ActionLink(input.Instance, MeetingEvents.OccurrenceDecision, OccurrenceDecisions.Cancel, who, o.Start, o.Date),
            ]);
            var (subject, body) = MeetingDecisionMessages.AtRisk(s, o, verdict, urls[0], urls[1]);
            await Gateway.SendMailAsync(
                new MailMessage(context.IdempotencyKey, s.Organizer, to, [], subject, body, [], Labels(MeetingEvents.AtRisk, input)),
                context.CancellationToken);
        }

        await RecordAsync(context, input, MeetingEvents.AtRisk, [.. to.Select(r => r.Email)], verdict.Explanation);
        MeetingLog.AtRisk(_logger, s.SeriesId, o.Date, to.Count);
        return to.Count > 0;
    }

    public async Task<RsvpVerdict> EvaluateAsync(StepContext context, MeetingStepInput input)
    {
        var answers = await AnswersAsync(input, context.CancellationToken);
        var verdict = MeetingRules.Judge(input.Series, answers);
        MeetingLog.Judged(_logger, input.Series.SeriesId, input.Occurrence.Date, verdict.Accepted, verdict.Invited, verdict.QuorumMet, verdict.LowTurnout);
        return verdict;
    }

    public async Task<bool> ConfirmAsync(StepContext context, MeetingStepInput input)
    {
        var s = input.Series;
        var (subject, body) = MeetingMessages.Confirmation(s, input.Occurrence, input.Verdict);
        var to = s.Members.Select(ToRecipient).ToList();
        await Gateway.SendMailAsync(
            new MailMessage(context.IdempotencyKey, s.Organizer, to, [], subject, body, [], Labels(MeetingEvents.Confirmed, input)),
            context.CancellationToken);
        await RecordAsync(context, input, MeetingEvents.Confirmed, [.. to.Select(r => r.Email)], input.Reason);
        return true;
    }

    /// <summary>Cancels the event for everyone (when there is one) and tells the coordinators; <c>Reason</c> is the Dutch reason they all read.</summary>
    public async Task<bool> CancelAsync(StepContext context, MeetingStepInput input)
    {
        var s = input.Series;
        string reason = input.Reason ?? string.Empty;
        var recipients = new List<string>();
        if (input.Event is { } existing)
        {
            try
            {
                await Gateway.CancelEventAsync(
                    new CalendarEventCancellation(context.IdempotencyKey + "/event", existing, MeetingMessages.CancellationComment(input), Labels(MeetingEvents.Cancelled, input)),
                    context.CancellationToken);
            }
            catch (MessageDeliveryException e) when (!e.IsTransient && e.ErrorCode == "ErrorItemNotFound")
            {
                // Gone already: this activity's earlier attempt cancelled it before a crash (Graph keeps no
                // cancelled events to de-duplicate against), or the organizer removed it by hand. Either way
                // nobody holds the event any more; failing here would end the whole series' cycle.
                MeetingLog.AlreadyGone(_logger, s.SeriesId, input.Occurrence.Date);
            }

            recipients.AddRange(s.Members.Select(m => m.Email));
        }

        if (s.Coordinators.Count > 0)
        {
            var (subject, body) = MeetingMessages.CancellationNotice(input);
            await Gateway.SendMailAsync(
                new MailMessage(context.IdempotencyKey + "/notice", s.Organizer, [.. s.Coordinators.Select(ToRecipient)], [], subject, body, [], Labels(MeetingEvents.Cancelled, input)),
                context.CancellationToken);
            recipients.AddRange(s.Coordinators.Select(c => c.Email));
        }

        await RecordAsync(context, input, MeetingEvents.Cancelled, [.. recipients.Distinct(StringComparer.OrdinalIgnoreCase)], reason);
        MeetingLog.Cancelled(_logger, s.SeriesId, input.Occurrence.Date);
        return true;
    }

    public async Task<bool> AlertLowTurnoutAsync(StepContext context, LowTurnoutInput input)
    {
        var s = input.Step.Series;
        var (subject, body) = MeetingMessages.LowTurnoutAlert(s, input.Step.Occurrence, input.Verdict);
        var to = s.Coordinators.Select(ToRecipient).ToList();
        await Gateway.SendMailAsync(
            new MailMessage(context.IdempotencyKey, s.Organizer, to, [], subject, body, [], Labels(MeetingEvents.LowTurnout, input.Step)),
            context.CancellationToken);
        await RecordAsync(context, input.Step, MeetingEvents.LowTurnout, [.. to.Select(r => r.Email)], MeetingMessages.LowTurnoutReason(input.Verdict));
        return true;
    }

    /// <summary>
    /// After the meeting: who came (the accepted ones; a real register comes later) per organization, who declined
    /// with their comments (the dashboard shows them where turnout was low), and <c>meeting.held</c>.
    /// </summary>
    public async Task<int> RecordAttendanceAsync(StepContext context, MeetingStepInput input)
    {
        var s = input.Series;
        var answers = await AnswersAsync(input, context.CancellationToken);
        var rows = s.Members
            .GroupBy(m => m.OrganizationId, StringComparer.Ordinal)
            .Select(g =>
            {
                var declined = g.Select(m => (Member: m, Answer: Answer(answers, m))).Where(a => a.Answer.Response == ResponseStatus.Declined).ToList();
                return new OrganizationAttendance(
                    g.Key,
                    g.Count(),
                    g.Count(m => Answer(answers, m).Response == ResponseStatus.Accepted),
                    declined.Count,
                    [.. declined.Select(d => new DeclineComment(d.Member.Name, string.IsNullOrWhiteSpace(d.Answer.Comment) ? null : d.Answer.Comment.Trim()))]);
            })
            .ToList();
        await services.Attendance.RecordAsync(s.PartnershipId, s.SeriesId, input.Occurrence.Date, rows, context.CancellationToken);
        int attended = rows.Sum(r => r.Attended);
        MeetingLog.Held(_logger, s.SeriesId, input.Occurrence.Date, attended);
        await RecordAsync(context, input, MeetingEvents.Held, null, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{attended} van {s.Members.Count} aanwezig"));
        return attended;
    }

    /// <summary>A timeline event that sends nothing (a skipped date, a cancellation before anyone was invited).</summary>
    public async Task<bool> RecordTimelineAsync(StepContext context, TimelineEntryInput input)
    {
        var entry = input.Event;
        string partnership = entry.Instance.Split(':') is [_, var p, ..] ? p : entry.Instance;
        await services.Timeline.RecordAsync(partnership, context.IdempotencyKey, entry, context.CancellationToken);
        return true;
    }

    private async Task<IReadOnlyList<AttendeeResponse>> AnswersAsync(MeetingStepInput input, CancellationToken cancellationToken) =>
        input.Event is { } existing ? await Gateway.GetResponsesAsync(existing, cancellationToken) : [];

    private Task RecordAsync(StepContext context, MeetingStepInput input, string kind, IReadOnlyList<string>? recipients, string? reason) =>
        services.Timeline.RecordAsync(
            input.Series.PartnershipId,
            context.IdempotencyKey,
            new TimelineEvent(input.At, kind, MeetingEvents.Workflow, input.Instance, recipients, input.Series.SeriesId, input.Occurrence.Start, input.Occurrence.End, reason),
            context.CancellationToken);

    internal static AttendeeResponse Answer(IReadOnlyList<AttendeeResponse> answers, MemberSnapshot member) =>
        answers.FirstOrDefault(a => SameEmail(a.Email, member.Email)) ?? new AttendeeResponse(member.Email, ResponseStatus.None);

    /// <param name="person">The one recipient's id, for a message sent to each person on their own.</param>
    private static MessageLabels Labels(string kind, MeetingStepInput input, string? person = null) =>
        MessageLabels.Of(
            kind,
            ("partnership", input.Series.PartnershipId),
            ("series", input.Series.SeriesId),
            ("occurrence", input.Occurrence.Date),
            ("instance", input.Instance)) with
        {
            FileLabel = OutboxFileLabels.Of(input.Occurrence.Date, input.Series.SeriesId, kind, input.Series.IsEnglish, person),
        };

    private static Recipient ToRecipient(MemberSnapshot m) => new(m.Email, m.Name);

    private static bool SameEmail(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
