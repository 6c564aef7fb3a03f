using Workflows.Orchestrations.Links;
using Workflows.Orchestrations.Timeline;
using Microsoft.DurableTask;
using Workflows.Orchestrations.Meetings;
using Workflows.Messaging;
using Workflows.Messaging.Templates;

namespace Workflows.Orchestrations.Subsidies;

/// <summary>
/// The side effects of a subsidy round. Mails with personal links go one per recipient under
/// <c>{idempotency key}/{person id}</c>, so a redelivered step sends nobody a second mail (and the fresh tokens it
/// signed are never sent); each step then records its timeline event under its own key, once.
/// </summary>
internal sealed class SubsidyActivities(SubsidyServices services)
{
    /// <summary>Announces the round to every recipient, each with their own two signed links.</summary>
    public async Task<int> AnnounceAsync(StepContext context, SubsidyStepInput input)
    {
        var r = input.Round;
        foreach (var to in r.Recipients)
        {
            var message = SubsidyMessages.Announcement(r, to, Links(input, to));
            await SendAsync(context.IdempotencyKey + "/" + to.Id, r, [to], [], message, SubsidyEvents.Announced, input, context.CancellationToken);
        }

        await RecordAsync(context, input, SubsidyEvents.Announced, [.. r.Recipients.Select(m => m.Email)], null);
        return r.Recipients.Count;
    }

    /// <summary>Reminds each recipient who has not answered yet; nobody who answered gets one.</summary>
    public async Task<int> RemindAsync(StepContext context, SubsidyStepInput input)
    {
        var r = input.Round;
        var silent = r.Recipients.Where(m => SubsidyMessages.Of(input.Answers, m) is null).ToList();
        if (silent.Count == 0)
        {
            return 0;
        }

        foreach (var to in silent)
        {
            var message = SubsidyMessages.Reminder(r, to, input.DaysLeft, Links(input, to));
            await SendAsync(context.IdempotencyKey + "/" + to.Id, r, [to], [], message, SubsidyEvents.Reminded, input, context.CancellationToken);
        }

        await RecordAsync(context, input, SubsidyEvents.Reminded, [.. silent.Select(m => m.Email)], Days(r, input.DaysLeft));
        return silent.Count;
    }

    /// <summary>Records an answer; an application is told to the coordinators and, when the round shares them, to the other schools.</summary>
    public async Task<bool> AcknowledgeAsync(StepContext context, SubsidyStepInput input)
    {
        var r = input.Round;
        var answer = input.Answer ?? throw new InvalidOperationException("An acknowledgement needs its answer.");
        var who = r.Recipients.First(m => m.Id == answer.RecipientId);
        await services.Timeline.RecordAsync(
            r.PartnershipId,
            context.IdempotencyKey,
            Event(input, SubsidyEvents.Acknowledged, [who.Email], answer.Action) with { At = input.At },
            context.CancellationToken);
        // The answer before this one (the orchestrator adds this one last): "we apply" turned into "not for us" is passed
        // on to the same people, so nobody counts on an application that will not come.
        string? before = input.Answers.Where(a => a.RecipientId == answer.RecipientId).SkipLast(1).LastOrDefault()?.Action;
        bool withdrawn = answer.Action == SubsidyEvents.Declined && before == SubsidyEvents.Applying;
        if (answer.Action != SubsidyEvents.Applying && !withdrawn)
        {
            return false;
        }

        var others = r.ShareApplications
            ? r.Recipients.Where(m => m.OrganizationId != who.OrganizationId && !r.Coordinators.Any(c => Same(c.Email, m.Email))).ToList()
            : [];
        var recipients = r.Coordinators.Concat(others).ToList();
        if (recipients.Count == 0)
        {
            return false;
        }

        // Each effect its own stable key: a redelivered step neither mails nor records either notice twice.
        var (key, notice, kind) = withdrawn
            ? (context.IdempotencyKey + "/withdrawn", SubsidyMessages.ApplicationWithdrawnNotice(r, who, others.Count > 0), SubsidyEvents.ApplicationWithdrawn)
            : (context.IdempotencyKey + "/notice", SubsidyMessages.ApplicationNotice(r, who, others.Count > 0), SubsidyEvents.ApplicationShared);
        await SendAsync(key, r, r.Coordinators, others, notice, kind, input, context.CancellationToken, about: who.OrganizationId);
        await services.Timeline.RecordAsync(
            r.PartnershipId,
            key,
            Event(input, kind, [.. recipients.Select(m => m.Email)], who.OrganizationName),
            context.CancellationToken);
        return true;
    }

    /// <summary>Records a changed deadline (the orchestrator reschedules the reminders itself).</summary>
    public async Task<bool> RecordDeadlineChangeAsync(StepContext context, SubsidyStepInput input)
    {
        await RecordAsync(context, input, SubsidyEvents.Rescheduled, null, input.Reason);
        return true;
    }

    /// <summary>Closes the round: the coordinators get who applies, who declined and who never reacted.</summary>
    public async Task<bool> CloseAsync(StepContext context, SubsidyStepInput input)
    {
        var r = input.Round;
        if (r.Coordinators.Count > 0)
        {
            await SendAsync(context.IdempotencyKey, r, r.Coordinators, [], SubsidyMessages.Summary(r, input.Answers), SubsidyEvents.Closed, input, context.CancellationToken);
        }

        await RecordAsync(context, input, SubsidyEvents.Closed, [.. r.Coordinators.Select(m => m.Email)], SubsidyMessages.SummaryReason(r, input.Answers));
        return true;
    }

    /// <summary>Tells every recipient and the coordinators that the round was withdrawn.</summary>
    public async Task<bool> WithdrawAsync(StepContext context, SubsidyStepInput input)
    {
        var r = input.Round;
        var to = r.Recipients.Concat(r.Coordinators).DistinctBy(m => m.Email.ToUpperInvariant()).ToList();
        await SendAsync(context.IdempotencyKey, r, to, [], SubsidyMessages.Withdrawal(r, input.Reason), SubsidyEvents.Withdrawn, input, context.CancellationToken);
        await RecordAsync(context, input, SubsidyEvents.Withdrawn, [.. to.Select(m => m.Email)], input.Reason);
        return true;
    }

    private SubsidyActionLinks Links(SubsidyStepInput input, MemberSnapshot to)
    {
        var expires = SubsidySchedule.DeadlineAt(input.Round);
        return new SubsidyActionLinks(
            services.Links.CreateUrl(new ActionLink(input.Instance, SubsidyEvents.Action, SubsidyEvents.Applying, to.Id, expires)),
            services.Links.CreateUrl(new ActionLink(input.Instance, SubsidyEvents.Action, SubsidyEvents.Declined, to.Id, expires)));
    }

    private Task<MessageReceipt> SendAsync(string key, SubsidyRoundSnapshot r, IReadOnlyList<MemberSnapshot> to, IReadOnlyList<MemberSnapshot> cc, RenderedMessage message, string kind, SubsidyStepInput input, CancellationToken cancellationToken, string? about = null) =>
        services.Gateway.SendMailAsync(
            new MailMessage(
                key,
                r.Organizer,
                [.. to.Select(m => new Recipient(m.Email, m.Name))],
                [.. cc.Select(m => new Recipient(m.Email, m.Name))],
                message.Subject,
                message.Body,
                [],
                MessageLabels.Of(kind, ("partnership", r.PartnershipId), ("round", r.RoundId), ("instance", input.Instance)) with
                {
                    // A mail to one person (announcement, reminder) names them; a notice about a school's application
                    // names the school, so several on one day are told apart.
                    FileLabel = OutboxFileLabels.Of(OutboxFileLabels.Date(input.At, r.TimeZone), r.RoundId, kind, r.IsEnglish, about ?? (to.Count == 1 && kind is SubsidyEvents.Announced or SubsidyEvents.Reminded ? to[0].Id : null)),
                }),
            cancellationToken);

    private async Task RecordAsync(StepContext context, SubsidyStepInput input, string kind, IReadOnlyList<string>? recipients, string? reason)
    {
        // The board follows the round's steps, so the meetings' agendas list what runs with the deadline in force.
        switch (kind)
        {
            case SubsidyEvents.Announced or SubsidyEvents.Reminded or SubsidyEvents.Rescheduled:
                await services.Board.RunningAsync(input.Round, context.CancellationToken);
                break;
            case SubsidyEvents.Closed or SubsidyEvents.Withdrawn:
                await services.Board.EndedAsync(input.Round, context.CancellationToken);
                break;
            default:
                break;
        }

        await services.Timeline.RecordAsync(input.Round.PartnershipId, context.IdempotencyKey, Event(input, kind, recipients, reason), context.CancellationToken);
    }

    private static TimelineEvent Event(SubsidyStepInput input, string kind, IReadOnlyList<string>? recipients, string? reason) =>
        new(input.At, kind, SubsidyEvents.Workflow, input.Instance, recipients, null, null, null, reason) { Round = input.Round.RoundId };

    private static string Days(SubsidyRoundSnapshot r, int days) =>
        r.IsEnglish ? $"{days} day(s) before the deadline" : (days == 1 ? "1 dag voor de deadline" : $"{days} dagen voor de deadline");

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
