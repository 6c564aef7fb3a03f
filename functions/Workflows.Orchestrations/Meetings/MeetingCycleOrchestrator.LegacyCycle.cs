using Workflows.Orchestrations.Timeline;
using Microsoft.DurableTask;

namespace Workflows.Orchestrations.Meetings;

internal sealed partial class MeetingCycleOrchestrator
{
    /// <summary>
    /// One execution as the cycle ran before occurrences overlapped (one occurrence at a time): kept unchanged so
    /// that instances running when this version is deployed replay what they did (the recorded histories prove it).
    /// Its <c>ContinueAsNew</c> hands over to <see cref="Cycle"/>: the next execution is the new shape.
    /// </summary>
    private sealed partial class LegacyCycle(TaskOrchestrationContext context, MeetingCycleInput input)
    {
        private SeriesSnapshot _series = input.Series;
        private string _after = input.After;
        private Queue<SkippedOccurrence> _skips = [];
        private List<OccurrenceOverride> _overrides = [.. (input.Overrides ?? []).Where(o => string.CompareOrdinal(o.Date, input.After) > 0)];

        private DateTimeOffset Now => new(DateTime.SpecifyKind(context.CurrentUtcDateTime, DateTimeKind.Utc));

        public async Task<string> RunAsync()
        {
            // Not waiting for anything until a step says what: the status of the last execution is stale.
            context.SetCustomStatus(new MeetingCycleStatus("planning", input.Current?.Date, null));
            var plan = await context.CallActivityAsync<OccurrencePlan>(MeetingActivityNames.Plan, new PlanInput(_series, _after, _overrides, Now), Retry);
            _skips = new Queue<SkippedOccurrence>(plan.Skipped);

            // Requests a failed execution received are acted on before anything else, as that execution would have.
            List<object> carried = [.. (input.Requests ?? []).Select(r => r.Payload).OfType<object>()];
            if (plan.Next is not { } occurrence)
            {
                if (carried.Count > 0)
                {
                    return await OnSignalsAsync(carried, null, input.Current);
                }

                if (await WaitForAsync(DateTimeOffset.MaxValue, "skipped", null) is { } signals)
                {
                    return await OnSignalsAsync(signals, null, input.Current);
                }

                context.SetCustomStatus(new MeetingCycleStatus("ended", null, null));
                return "ended";
            }

            var progress = input.Current is { } current
                ? (current.Date == occurrence.Date ? current : current with { Date = occurrence.Date, AgendaRequested = false, Reminded = false, Evaluated = false })
                : new OccurrenceProgress(occurrence.Date, null, null, false, false, false, null);
            if (carried.Count > 0)
            {
                return await OnSignalsAsync(carried, occurrence, progress);
            }

            if (progress.Event is null && Now >= occurrence.Start)
            {
                // Started (or restarted) after this meeting began: nobody was invited, so there is nothing to do for it.
                return Next(occurrence.Date);
            }

            return await OccurrenceAsync(occurrence, progress);
        }

        private async Task<string> OccurrenceAsync(PlannedOccurrence o, OccurrenceProgress progress)
        {
            if (!progress.AgendaRequested && progress.Event is null && _series.Chair is not null && o.ChairReminderAt < o.InviteAt && Now < o.InviteAt)
            {
                if (await WaitForAsync(o.ChairReminderAt, "agenda-request", o.Date) is { } signals)
                {
                    return await OnSignalsAsync(signals, o, progress);
                }

                await DoAsync(MeetingActivityNames.RequestAgenda, Step(o, progress), o.Date);
                progress = progress with { AgendaRequested = true };
            }

            if (progress.Event is null)
            {
                if (await WaitForAsync(o.InviteAt, "invitation", o.Date) is { } signals)
                {
                    return await OnSignalsAsync(signals, o, progress);
                }

                if (await TryAsync<InvitationResult>(MeetingActivityNames.Invite, Step(o, progress), o.Date) is not { } invited)
                {
                    // Nobody was invited (the coordinators were told): nothing more to do for this date, on to the next.
                    return Next(o.Date);
                }

                progress = progress with { Event = invited.Event, Sent = invited.Sent };
            }
            else if (progress.Resend || !Same(progress.Sent, Desired(_series, o)))
            {
                string reason = progress.UpdateReason ?? MeetingMessages.ConfigChangedReason(_series);
                // When the update fails for good the calendars keep what was sent; the next change tries again.
                if (await TryAsync<InvitationResult>(MeetingActivityNames.UpdateInvitation, Step(o, progress) with { Reason = reason }, o.Date) is { } updated)
                {
                    progress = progress with { Event = updated.Event, Sent = updated.Sent, UpdateReason = null, Resend = false };
                }
            }

            if (!progress.Reminded && Now < o.RsvpDeadlineAt && o.ReminderAt is { } reminderAt)
            {
                if (await WaitForAsync(reminderAt, "reminder", o.Date) is { } signals)
                {
                    return await OnSignalsAsync(signals, o, progress);
                }

                await DoAsync(MeetingActivityNames.Remind, Step(o, progress), o.Date);
                progress = progress with { Reminded = true };
            }

            if (!progress.Evaluated)
            {
                if (await WaitForAsync(o.RsvpDeadlineAt, "rsvp-deadline", o.Date) is { } signals)
                {
                    return await OnSignalsAsync(signals, o, progress);
                }

                // Without the answers nothing is decided: the meeting stays as invited (the coordinators were told).
                if (await TryAsync<RsvpVerdict>(MeetingActivityNames.Evaluate, Step(o, progress), o.Date) is { } verdict)
                {
                    if (verdict.LowTurnout)
                    {
                        await DoAsync(MeetingActivityNames.AlertLowTurnout, new LowTurnoutInput(Step(o, progress), verdict), o.Date);
                    }

                    if (!verdict.QuorumMet)
                    {
                        await DoAsync(MeetingActivityNames.Cancel, Step(o, progress) with { Reason = verdict.Explanation }, o.Date);
                        return Next(o.Date);
                    }

                    await DoAsync(MeetingActivityNames.Confirm, Step(o, progress) with { Reason = verdict.Explanation }, o.Date);
                }

                progress = progress with { Evaluated = true };
            }

            if (await WaitForAsync(o.End, "meeting", o.Date) is { } last)
            {
                return await OnSignalsAsync(last, o, progress);
            }

            await DoAsync(MeetingActivityNames.RecordAttendance, Step(o, progress), o.Date);
            return Next(o.Date);
        }

        /// <summary>
        /// Waits for a step's time; the skipped dates that fall before it are recorded on their own dates first,
        /// so the timeline keeps the order in which things happen. A change arriving meanwhile ends the wait.
        /// </summary>
        private async Task<List<object>?> WaitForAsync(DateTimeOffset due, string phase, string? occurrence)
        {
            while (_skips.Count > 0 && _skips.Peek().Start <= due)
            {
                var skipped = _skips.Peek();
                if (await WaitUntilAsync(skipped.Start, "skipped", skipped.Date) is { } signals)
                {
                    return signals;
                }

                await DoAsync(
                    MeetingActivityNames.RecordTimeline,
                    new TimelineEntryInput(
                        new TimelineEvent(Now, MeetingEvents.Skipped, MeetingEvents.Workflow, context.InstanceId, null, _series.SeriesId, skipped.Start, skipped.End, skipped.Reason),
                        StepKeys.Next(context)),
                    skipped.Date);
                _skips.Dequeue();
                _after = skipped.Date;
            }

            return due == DateTimeOffset.MaxValue ? null : await WaitUntilAsync(due, phase, occurrence ?? string.Empty);
        }

        /// <summary>A side-effect step; false when it failed for good (recorded, coordinators told) and the cycle goes on without it.</summary>
        private Task<bool> DoAsync(string activity, IStepInput step, string? date) =>
            WorkflowSteps.RunAsync(context, MeetingMessages.Audience(_series, date), activity, step);

        /// <summary>A side-effect step whose result the cycle needs; null when it failed for good.</summary>
        private Task<T?> TryAsync<T>(string activity, IStepInput step, string? date)
            where T : class =>
            WorkflowSteps.RunAsync<T>(context, MeetingMessages.Audience(_series, date), activity, step);

        private MeetingStepInput Step(PlannedOccurrence o, OccurrenceProgress progress) =>
            new(_series, o, progress.Event, Now, context.InstanceId, Key: StepKeys.Next(context));

        /// <summary>On to the occurrence after <paramref name="date"/>, with a fresh history.</summary>
        private string Next(string date)
        {
            context.ContinueAsNew(new MeetingCycleInput(_series, date, null, [.. _overrides.Where(x => string.CompareOrdinal(x.Date, date) > 0)], null, [], 1));
            return "continued";
        }
    }
}
