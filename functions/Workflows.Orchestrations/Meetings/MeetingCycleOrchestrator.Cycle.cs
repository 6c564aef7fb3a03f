using Workflows.Orchestrations.Timeline;
using Microsoft.DurableTask;

namespace Workflows.Orchestrations.Meetings;

internal sealed partial class MeetingCycleOrchestrator
{
    /// <summary>
    /// One execution of the cycle: one step of one occurrence (whichever is due first among the occurrences in
    /// progress), or the changes that arrived while waiting for it. Then <c>ContinueAsNew</c> with the progress.
    /// </summary>
    private sealed partial class Cycle(TaskOrchestrationContext context, MeetingCycleInput input)
    {
        private SeriesSnapshot _series = input.Series;
        private string _after = input.After;
        private Queue<SkippedOccurrence> _skips = [];
        private List<OccurrenceOverride> _overrides = [.. (input.Overrides ?? []).Where(o => string.CompareOrdinal(o.Date, input.After) > 0)];
        private Dictionary<string, OccurrenceProgress> _progress = input.InProgress
            .Where(p => string.CompareOrdinal(p.Date, input.After) > 0)
            .ToDictionary(p => p.Date, StringComparer.Ordinal);

        private List<PlannedOccurrence> _planned = [];

        private DateTimeOffset Now => new(DateTime.SpecifyKind(context.CurrentUtcDateTime, DateTimeKind.Utc));

        public async Task<string> RunAsync()
        {
            // Not waiting for anything until a step says what: the status of the last execution is stale.
            context.SetCustomStatus(new MeetingCycleStatus("planning", _progress.Keys.Order(StringComparer.Ordinal).FirstOrDefault(), null));
            var plan = await context.CallActivityAsync<OccurrencePlan>(MeetingActivityNames.Plan, new PlanInput(_series, _after, _overrides, Now), Retry);
            _skips = new Queue<SkippedOccurrence>(plan.Skipped);
            _planned = [.. plan.All];

            // Requests a failed execution received are acted on before anything else, as that execution would have.
            List<object> carried = [.. (input.Requests ?? []).Select(r => r.Payload).OfType<object>()];
            if (carried.Count > 0)
            {
                return await OnSignalsAsync(carried);
            }

            if (_planned.Count == 0)
            {
                if (await WaitForAsync(DateTimeOffset.MaxValue, "skipped", null) is { } signals)
                {
                    return await OnSignalsAsync(signals);
                }

                context.SetCustomStatus(new MeetingCycleStatus("ended", null, null));
                return "ended";
            }

            // The first occurrence finished: the cycle moves past it (and past later ones already finished).
            if (Progress(_planned[0]).Done)
            {
                return Continue();
            }

            var (o, step, due) = NextStep();
            if (await WaitForAsync(due, PhaseOf(step), o.Date) is { } arrived)
            {
                return await OnSignalsAsync(arrived);
            }

            await RunStepAsync(o, step);
            return Continue();
        }

        /// <summary>The step due first over all occurrences in progress (the earlier occurrence first at the same time).</summary>
        private (PlannedOccurrence Occurrence, StepKind Step, DateTimeOffset Due) NextStep()
        {
            (PlannedOccurrence, StepKind, DateTimeOffset)? best = null;
            foreach (var o in _planned)
            {
                if (StepOf(o, Progress(o)) is { } candidate && (best is null || candidate.Due < best.Value.Item3))
                {
                    best = (o, candidate.Step, candidate.Due);
                }
            }

            // The first occurrence always has a step until it is done (its end at the latest).
            return best ?? (_planned[0], StepKind.Finish, Now);
        }

        /// <summary>
        /// What is next for one occurrence and when; null when nothing is left. An agenda update comes before the
        /// occurrence's other step only when it is due first, so waiting for it never holds up the deadline.
        /// </summary>
        private (StepKind Step, DateTimeOffset Due)? StepOf(PlannedOccurrence o, OccurrenceProgress p)
        {
            var regular = RegularStepOf(o, p);
            if (p is { AgendaChanged: true, Event: not null, Done: false } && Now < o.Start)
            {
                var due = o.AgendaUpdateAt is { } at && at > Now ? at : Now;
                if (regular is null || due <= regular.Value.Due)
                {
                    return (StepKind.AgendaUpdate, due);
                }
            }

            return regular;
        }

        private (StepKind Step, DateTimeOffset Due)? RegularStepOf(PlannedOccurrence o, OccurrenceProgress p)
        {
            if (p.Done)
            {
                return null;
            }

            if (p.Event is null)
            {
                if (o.InviteAt >= o.Start && Now < o.Start)
                {
                    // Started too late for this one (on its day, or in the holiday right before it): said, not sent.
                    return (StepKind.TooLateToInvite, Now);
                }

                if (Now >= o.Start)
                {
                    // Started (or restarted) after this meeting began: nobody was invited, so there is nothing to do for it.
                    return (StepKind.Finish, Now);
                }

                if (_series.Chair is not null && !p.AgendaRequested)
                {
                    // An agenda request that cannot come before the invitation any more is noted, not sent late.
                    // The note goes on the timeline when the invitation goes out (a cycle started in a holiday says
                    // nothing in it), and before it.
                    return o.ChairReminderAt < o.InviteAt ? (StepKind.AgendaRequest, o.ChairReminderAt) : (StepKind.AgendaTooLate, o.InviteAt);
                }

                return (StepKind.Invite, o.InviteAt);
            }

            if (Now < o.Start && (p.Resend || !Same(p.Sent, Desired(_series, o))))
            {
                return (StepKind.Update, Now);
            }

            if (p.Decision is "cancel" && Now < o.Start)
            {
                return (StepKind.Decided, Now);
            }

            if (!p.Evaluated)
            {
                if (p.Decision is "hold")
                {
                    return (StepKind.Decided, Now);
                }

                if (!p.Reminded && o.ReminderAt is { } reminder && Now < o.RsvpDeadlineAt)
                {
                    return (StepKind.Remind, reminder);
                }

                if (!p.AtRiskChecked && o.AtRiskAt is { } check && Now < o.RsvpDeadlineAt)
                {
                    return (StepKind.AtRiskCheck, check);
                }

                return (StepKind.Deadline, o.RsvpDeadlineAt);
            }

            return (StepKind.Attendance, o.End);
        }

        private async Task RunStepAsync(PlannedOccurrence o, StepKind step)
        {
            var p = Progress(o);
            switch (step)
            {
                case StepKind.AgendaRequest:
                    await DoAsync(MeetingActivityNames.RequestAgenda, Step(o, p), o.Date);
                    Set(p with { AgendaRequested = true });
                    break;
                case StepKind.AgendaTooLate:
                    await RecordAsync(o, MeetingEvents.AgendaSkipped, MeetingCycleNotes.AgendaTooLate(_series, o));
                    Set(p with { AgendaRequested = true });
                    break;
                case StepKind.TooLateToInvite:
                    await RecordAsync(o, MeetingEvents.Skipped, MeetingCycleNotes.TooLateToInvite(_series));
                    Set(p with { Done = true });
                    break;
                case StepKind.Invite:
                    // When nobody could be invited (the coordinators were told) there is nothing more to do for this date.
                    Set(await TryAsync<InvitationResult>(MeetingActivityNames.Invite, Step(o, p), o.Date) is { } invited
                        ? p with { Event = invited.Event, Sent = invited.Sent }
                        : p with { Done = true });
                    break;
                case StepKind.Update:
                    // When the update fails for good the calendars keep what was sent; the next change tries again.
                    string reason = p.UpdateReason ?? MeetingMessages.ConfigChangedReason(_series);
                    // The update carries the agenda as it stands, so a pending agenda update is sent with it.
                    Set(await TryAsync<InvitationResult>(MeetingActivityNames.UpdateInvitation, Step(o, p) with { Reason = reason }, o.Date) is { } updated
                        ? p with { Event = updated.Event, Sent = updated.Sent, UpdateReason = null, Resend = false, AgendaChanged = false }
                        : p with { UpdateReason = null, Resend = false });
                    break;
                case StepKind.AgendaUpdate:
                    // "Agenda en stukken": the invitation again with the agenda as it stands (same event, higher SEQUENCE).
                    Set(await TryAsync<InvitationResult>(MeetingActivityNames.UpdateInvitation, Step(o, p) with { Reason = MeetingMessages.AgendaUpdateReason(_series) }, o.Date) is { } sent
                        ? p with { Event = sent.Event, Sent = sent.Sent, AgendaChanged = false }
                        : p with { AgendaChanged = false });
                    break;
                case StepKind.Remind:
                    await DoAsync(MeetingActivityNames.Remind, Step(o, p), o.Date);
                    Set(p with { Reminded = true });
                    break;
                case StepKind.AtRiskCheck:
                    await CheckAtRiskAsync(o, p);
                    break;
                case StepKind.Deadline:
                    await JudgeAsync(o, p);
                    break;
                case StepKind.Decided:
                    await DecidedAsync(o, p);
                    break;
                case StepKind.Attendance:
                    await DoAsync(MeetingActivityNames.RecordAttendance, Step(o, p), o.Date);
                    Set(p with { Done = true });
                    break;
                default:
                    Set(p with { Done = true });
                    break;
            }
        }

        /// <summary>
        /// Two working days before the deadline: when the partner rule is not met (yet), the coordinators get the
        /// answers so far and the choice, so they decide instead of a rule cancelling at the deadline.
        /// </summary>
        private async Task CheckAtRiskAsync(PlannedOccurrence o, OccurrenceProgress p)
        {
            bool warned = false;
            if (await TryAsync<RsvpVerdict>(MeetingActivityNames.Evaluate, Step(o, p), o.Date) is { QuorumMet: false } verdict)
            {
                warned = await DoAsync(MeetingActivityNames.WarnAtRisk, Step(o, p) with { Verdict = verdict }, o.Date);
            }

            Set(p with { AtRiskChecked = true, AtRisk = warned });
        }

        /// <summary>At the deadline: the rule decides when it is met; when not, the coordinators' default (<c>onMissing</c>).</summary>
        private async Task JudgeAsync(PlannedOccurrence o, OccurrenceProgress p)
        {
            // Without the answers nothing is decided: the meeting stays as invited (the coordinators were told).
            if (await TryAsync<RsvpVerdict>(MeetingActivityNames.Evaluate, Step(o, p), o.Date) is not { } verdict)
            {
                Set(p with { Evaluated = true });
                return;
            }

            if (verdict.LowTurnout)
            {
                await DoAsync(MeetingActivityNames.AlertLowTurnout, new LowTurnoutInput(Step(o, p), verdict), o.Date);
            }

            if (verdict.QuorumMet)
            {
                await DoAsync(MeetingActivityNames.Confirm, Step(o, p) with { Reason = verdict.Explanation, Verdict = verdict }, o.Date);
                Set(p with { Evaluated = true });
                return;
            }

            if (_series.OnMissing == "cancel")
            {
                await DoAsync(MeetingActivityNames.Cancel, Step(o, p) with { Reason = verdict.Explanation, Verdict = verdict }, o.Date);
                Set(p with { Evaluated = true, Done = true });
                return;
            }

            if (_series.OnMissing == "ask" && !p.AtRisk)
            {
                // Not asked before (the rule was met two days ago, or there was no day to ask on): the coordinators
                // hear it now; the meeting goes ahead and their link can still call it off until it starts.
                await DoAsync(MeetingActivityNames.WarnAtRisk, Step(o, p) with { Verdict = verdict }, o.Date);
            }

            await DoAsync(MeetingActivityNames.Confirm, Step(o, p) with { Reason = MeetingCycleNotes.HeldWithoutRule(_series, verdict), Verdict = verdict }, o.Date);
            Set(p with { Evaluated = true, AtRisk = true });
        }

        /// <summary>A coordinator's decision on an occurrence at risk: "hold" confirms it now, "cancel" calls it off now.</summary>
        private async Task DecidedAsync(PlannedOccurrence o, OccurrenceProgress p)
        {
            if (p.Decision == "cancel")
            {
                await DoAsync(MeetingActivityNames.Cancel, Step(o, p) with { Reason = MeetingCycleNotes.DecidedCancel(_series, p.AtRisk) }, o.Date);
                Set(p with { Decision = null, Evaluated = true, Done = true });
                return;
            }

            await DoAsync(MeetingActivityNames.Confirm, Step(o, p) with { Reason = MeetingCycleNotes.DecidedHold(_series, p.DecidedBy) }, o.Date);
            Set(p with { Decision = null, Evaluated = true });
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
                        Key()),
                    skipped.Date);
                _skips.Dequeue();

                // Every occurrence up to a skipped date is done when the skip lies before the first one in progress.
                if (_planned.Count == 0 || string.CompareOrdinal(skipped.Date, _planned[0].Date) < 0)
                {
                    _after = skipped.Date;
                }
            }

            return due == DateTimeOffset.MaxValue ? null : await WaitUntilAsync(due, phase, occurrence ?? string.Empty);
        }

        /// <summary>A timeline event for an occurrence that sends nothing.</summary>
        private Task<bool> RecordAsync(PlannedOccurrence o, string kind, string reason) =>
            DoAsync(
                MeetingActivityNames.RecordTimeline,
                new TimelineEntryInput(
                    new TimelineEvent(Now, kind, MeetingEvents.Workflow, context.InstanceId, null, _series.SeriesId, o.Start, o.End, reason),
                    Key()),
                o.Date);

        /// <summary>A side-effect step; false when it failed for good (recorded, coordinators told) and the cycle goes on without it.</summary>
        private Task<bool> DoAsync(string activity, IStepInput step, string? date) =>
            WorkflowSteps.RunAsync(context, MeetingMessages.Audience(_series, date), activity, step);

        /// <summary>A side-effect step whose result the cycle needs; null when it failed for good.</summary>
        private Task<T?> TryAsync<T>(string activity, IStepInput step, string? date)
            where T : class =>
            WorkflowSteps.RunAsync<T>(context, MeetingMessages.Audience(_series, date), activity, step);

        private MeetingStepInput Step(PlannedOccurrence o, OccurrenceProgress progress) =>
            new(_series, o, progress.Event, Now, context.InstanceId, Key: Key(), NextStart: After(o)?.Start);

        /// <summary>The occurrence after <paramref name="o"/>, when the plan reaches it.</summary>
        private PlannedOccurrence? After(PlannedOccurrence o) =>
            _planned.SkipWhile(x => x.Date != o.Date).Skip(1).FirstOrDefault();

        private string Key() => StepKeys.Next(context, input.Execution);

        private OccurrenceProgress Progress(PlannedOccurrence o) =>
            _progress.TryGetValue(o.Date, out var p) ? p : OccurrenceProgress.New(o.Date);

        private OccurrenceProgress? Progress(string date) =>
            _progress.TryGetValue(date, out var p) ? p : null;

        private void Set(OccurrenceProgress progress) => _progress[progress.Date] = progress;

        /// <summary>
        /// On with a fresh history: past the occurrences done at the front (in date order, so a later one finished
        /// early waits until those before it are done too), keeping the progress and overrides still ahead.
        /// </summary>
        private string Continue()
        {
            foreach (var o in _planned)
            {
                if (!Progress(o).Done)
                {
                    break;
                }

                _after = o.Date;
            }

            var ahead = _progress.Values
                .Where(p => string.CompareOrdinal(p.Date, _after) > 0)
                .OrderBy(p => p.Date, StringComparer.Ordinal)
                .ToList();
            context.ContinueAsNew(new MeetingCycleInput(
                _series,
                _after,
                null,
                [.. _overrides.Where(x => string.CompareOrdinal(x.Date, _after) > 0)],
                null,
                ahead,
                input.Execution + 1));
            return "continued";
        }

        private static string PhaseOf(StepKind step) => step switch
        {
            StepKind.AgendaRequest => "agenda-request",

            // The note that the chair could not be asked goes with the invitation: the cycle waits for that.
            StepKind.AgendaTooLate or StepKind.Invite => "invitation",
            StepKind.TooLateToInvite => "skipped",
            StepKind.Remind => "reminder",
            StepKind.AgendaUpdate => "agenda-update",
            StepKind.AtRiskCheck => "at-risk-check",
            StepKind.Deadline => "rsvp-deadline",
            StepKind.Attendance => "meeting",
            _ => "changing",
        };

        /// <summary>The steps of one occurrence, in the order they normally come.</summary>
        private enum StepKind
        {
            AgendaRequest,
            AgendaTooLate,
            TooLateToInvite,
            Invite,
            Update,
            AgendaUpdate,
            Remind,
            AtRiskCheck,
            Deadline,
            Decided,
            Attendance,
            Finish,
        }
    }
}
