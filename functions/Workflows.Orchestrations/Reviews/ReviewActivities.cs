using Workflows.Orchestrations.Timeline;
using Workflows.Orchestrations.Subsidies;
using System.Globalization;
using Microsoft.DurableTask;
using Workflows.Orchestrations.Meetings;
using Workflows.Messaging;
using Workflows.Messaging.Templates;

namespace Workflows.Orchestrations.Reviews;

/// <summary>
/// The side effects of a bestuur talk, each through the gateway under the activity's idempotency key and then
/// recorded on the timeline under the same key (a redelivered step sends and records nothing twice).
/// </summary>
internal sealed class ReviewActivities(ReviewServices services)
{
    /// <summary>Invites the participants of both organizations, with the agenda generated from the convenant and last year's outcome.</summary>
    public async Task<CalendarEventRef> InviteAsync(StepContext context, ReviewStepInput input)
    {
        var c = input.Convenant;
        var lastYear = await services.Outcomes.LatestBeforeAsync(c.PartnershipId, c.ConvenantId, input.Year, context.CancellationToken);
        var message = ReviewMessages.Invitation(c, input.Start, input.End, lastYear);
        var created = await services.Gateway.CreateEventAsync(
            new CalendarEventRequest(
                context.IdempotencyKey, c.Organizer, message.Subject, message.Body, input.Start, input.End, c.TimeZone,
                [.. c.Participants.Select(m => new Attendee(m.Email, m.Name))], null, false, Labels(ReviewEvents.Invited, input)),
            context.CancellationToken);
        await RecordAsync(context.IdempotencyKey, input, ReviewEvents.Invited, [.. c.Participants.Select(m => m.Email)], lastYear is null ? null : ReviewMessages.Outcome(c, lastYear), context.CancellationToken);
        return created;
    }

    public async Task<int> RemindAsync(StepContext context, ReviewStepInput input)
    {
        var c = input.Convenant;
        var answers = await AnswersAsync(input, context.CancellationToken);
        var silent = c.Participants.Where(m => Answer(answers, m) == ResponseStatus.None).ToList();
        if (silent.Count == 0)
        {
            return 0;
        }

        var message = ReviewMessages.Reminder(c, input.Start, input.End);
        await services.Gateway.SendMailAsync(
            new MailMessage(context.IdempotencyKey, c.Organizer, [.. silent.Select(m => new Recipient(m.Email, m.Name))], [], message.Subject, message.Body, [], Labels(ReviewEvents.Reminded, input)),
            context.CancellationToken);
        await RecordAsync(context.IdempotencyKey, input, ReviewEvents.Reminded, [.. silent.Select(m => m.Email)], null, context.CancellationToken);
        return silent.Count;
    }

    /// <summary>A side declines when every participant of it (vmbo or mbo) declined; silence is not a refusal.</summary>
    public async Task<ReviewVerdict> EvaluateAsync(StepContext context, ReviewStepInput input)
    {
        var c = input.Convenant;
        var answers = await AnswersAsync(input, context.CancellationToken);
        string? declined = null;
        foreach (var (side, organization) in new[] { ("vmbo", c.VmboId), ("mbo", c.MboId) })
        {
            var people = c.Participants.Where(m => m.OrganizationId == organization).ToList();
            if (people.Count > 0 && people.All(m => Answer(answers, m) == ResponseStatus.Declined))
            {
                declined ??= side;
            }
        }

        return new ReviewVerdict(declined, c.Participants.Count(m => Answer(answers, m) == ResponseStatus.None));
    }

    /// <summary>Tells the coordinators which side declined and moves the event to the new date (<c>Reason</c>: the side; <c>TalkDate</c>/<c>Start</c>/<c>End</c>: the new talk, the same as <c>PreviousStart</c> when it is not moved again).</summary>
    public async Task<CalendarEventRef?> RescheduleAsync(StepContext context, ReviewStepInput input)
    {
        var c = input.Convenant;
        string side = input.Reason ?? "mbo";
        var previous = input.PreviousStart ?? input.Start;
        bool moved = previous != input.Start;
        var notice = ReviewMessages.DeclinedNotice(c, side, previous, moved ? ReviewMessages.Day(c, input.Start) : null);
        await services.Gateway.SendMailAsync(
            new MailMessage(context.IdempotencyKey + "/notice", c.Organizer, [.. c.Coordinators.Select(m => new Recipient(m.Email, m.Name))], [], notice.Subject, notice.Body, [], Labels(ReviewEvents.Declined, input, OutboxFileLabels.Date(previous, c.TimeZone))),
            context.CancellationToken);
        await RecordAsync(context.IdempotencyKey + "/notice", input, ReviewEvents.Declined, [.. c.Coordinators.Select(m => m.Email)], ReviewMessages.DeclinedReason(c, side), context.CancellationToken);
        if (!moved || input.Event is null)
        {
            return input.Event;
        }

        var lastYear = await services.Outcomes.LatestBeforeAsync(c.PartnershipId, c.ConvenantId, input.Year, context.CancellationToken);
        var message = ReviewMessages.Invitation(c, input.Start, input.End, lastYear);
        var updated = await services.Gateway.UpdateEventAsync(
            new CalendarEventUpdate(
                context.IdempotencyKey + "/event", input.Event, message.Subject, message.Body, input.Start, input.End, c.TimeZone,
                [.. c.Participants.Select(m => new Attendee(m.Email, m.Name))], null, Labels(ReviewEvents.Rescheduled, input)),
            context.CancellationToken);
        await RecordAsync(context.IdempotencyKey + "/event", input, ReviewEvents.Rescheduled, [.. c.Participants.Select(m => m.Email)], ReviewMessages.DeclinedReason(c, side), context.CancellationToken);
        return updated;
    }

    /// <summary>Stores the talk's outcome (read by next year's agenda) and records <c>review.held</c>.</summary>
    public async Task<bool> RecordOutcomeAsync(StepContext context, ReviewStepInput input)
    {
        var c = input.Convenant;
        if (input.Outcome is { } outcome)
        {
            await services.Outcomes.SaveAsync(c.PartnershipId, new StoredReviewOutcome(c.ConvenantId, input.Year, input.TalkDate, outcome, input.At), context.CancellationToken);
        }

        string reason = input.Outcome is { } o ? o.Summary : ReviewMessages.NoOutcomeReason(c);
        await RecordAsync(context.IdempotencyKey, input, ReviewEvents.Held, null, reason, context.CancellationToken);
        return true;
    }

    /// <summary>Asks the coordinators for the outcome of a talk that has none recorded yet, and records <c>review.outcome-missing</c>.</summary>
    public async Task<bool> RemindOutcomeAsync(StepContext context, ReviewStepInput input)
    {
        var c = input.Convenant;
        if (c.Coordinators.Count > 0)
        {
            var message = ReviewMessages.OutcomeMissing(c, input.Start);
            await services.Gateway.SendMailAsync(
                new MailMessage(context.IdempotencyKey, c.Organizer, [.. c.Coordinators.Select(m => new Recipient(m.Email, m.Name))], [], message.Subject, message.Body, [], Labels(ReviewEvents.OutcomeMissing, input)),
                context.CancellationToken);
        }

        await RecordAsync(context.IdempotencyKey, input, ReviewEvents.OutcomeMissing, [.. c.Coordinators.Select(m => m.Email)], ReviewMessages.OutcomeMissingReason(c), context.CancellationToken);
        return true;
    }

    /// <summary>Alerts the directors of both organizations (coordinators in copy) that the convenant ends soon.</summary>
    public async Task<bool> AlertExpiryAsync(StepContext context, ReviewStepInput input)
    {
        var c = input.Convenant;
        var to = c.Directors.Count > 0 ? c.Directors : c.Coordinators;
        // The renewal is discussed at this year's talk when it is still to come; after it, the alert names none.
        var talk = input.Start > input.At && SubsidyRoundSnapshots.TryDate(input.TalkDate) is { } day ? SnapshotCalendar.Date(day) : (NodaTime.LocalDate?)null;
        var message = ReviewMessages.ExpiryAlert(c, input.DaysLeft, talk, toCoordinators: c.Directors.Count == 0);
        var cc = c.Coordinators.Where(k => !to.Any(t => string.Equals(t.Email, k.Email, StringComparison.OrdinalIgnoreCase))).ToList();
        await services.Gateway.SendMailAsync(
            new MailMessage(context.IdempotencyKey, c.Organizer, [.. to.Select(m => new Recipient(m.Email, m.Name))], [.. cc.Select(m => new Recipient(m.Email, m.Name))], message.Subject, message.Body, [], Labels(ReviewEvents.Expiring, input)),
            context.CancellationToken);
        string until = MessageFormat.Date(SnapshotCalendar.Date(c.ValidUntil), ReviewMessages.Language(c));
        string reason = c.IsEnglish
            ? string.Create(CultureInfo.InvariantCulture, $"valid until {until}, {input.DaysLeft} days left")
            : string.Create(CultureInfo.InvariantCulture, $"loopt af op {until}, over {input.DaysLeft} dagen");
        await RecordAsync(context.IdempotencyKey, input, ReviewEvents.Expiring, [.. to.Concat(cc).Select(m => m.Email)], reason, context.CancellationToken);
        return true;
    }

    private async Task<IReadOnlyList<AttendeeResponse>> AnswersAsync(ReviewStepInput input, CancellationToken cancellationToken) =>
        input.Event is { } existing ? await services.Gateway.GetResponsesAsync(existing, cancellationToken) : [];

    private static ResponseStatus Answer(IReadOnlyList<AttendeeResponse> answers, MemberSnapshot m) =>
        answers.FirstOrDefault(a => string.Equals(a.Email, m.Email, StringComparison.OrdinalIgnoreCase))?.Response ?? ResponseStatus.None;

    private Task RecordAsync(string key, ReviewStepInput input, string kind, IReadOnlyList<string>? recipients, string? reason, CancellationToken cancellationToken) =>
        services.Timeline.RecordAsync(
            input.Convenant.PartnershipId,
            key,
            new TimelineEvent(input.At, kind, ReviewEvents.Workflow, input.Instance, recipients, null, kind == ReviewEvents.Expiring ? null : input.Start, kind == ReviewEvents.Expiring ? null : input.End, reason) { Convenant = input.Convenant.ConvenantId },
            cancellationToken);

    /// <param name="date">The date the file is named by when not the talk's own: the declined talk's old date.</param>
    private static MessageLabels Labels(string kind, ReviewStepInput input, string? date = null) =>
        MessageLabels.Of(
            kind,
            ("partnership", input.Convenant.PartnershipId),
            ("convenant", input.Convenant.ConvenantId),
            ("occurrence", input.TalkDate),
            ("instance", input.Instance)) with
        {
            // The expiry alert is about the convenant, not the talk: it is named by the day it is sent.
            FileLabel = OutboxFileLabels.Of(
                date ?? (kind == ReviewEvents.Expiring || string.IsNullOrEmpty(input.TalkDate) ? OutboxFileLabels.Date(input.At, input.Convenant.TimeZone) : input.TalkDate),
                input.Convenant.ConvenantId,
                kind,
                input.Convenant.IsEnglish),
        };
}
