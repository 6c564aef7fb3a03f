using NodaTime;
using Microsoft.DurableTask;
using Workflows.Orchestrations.Subsidies;
using Workflows.Messaging;

namespace Workflows.Orchestrations.Reviews;

/// <summary>
/// One convenant's yearly bestuur talk, forever: in the configured month plan the talk, invite both organizations'
/// participants with the agenda, remind the silent halfway, move the talk when a whole side (vmbo or mbo) declined
/// (coordinators told), wait for the outcome after the talk (asking the coordinators for it once, two weeks after),
/// then <c>ContinueAsNew</c> for the next year; a year without an outcome records the talk at its own date and time,
/// saying no outcome was recorded. Every step that sends a message is at 09:00 on a working school day. Expiry
/// alerts (90 and 30 days before <c>validUntil</c>) go out between the steps; an outcome with a new end date
/// replaces them. Every wait also listens for <c>review-outcome</c> and <c>config-changed</c>.
/// </summary>
/// <remarks>Instance id: <c>review:{partnership}:{convenant}</c>. History stays one year long.</remarks>
internal sealed partial class ReviewOrchestrator : TaskOrchestrator<ReviewInput, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, ReviewInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        return await new Year(context, input).RunAsync();
    }

    /// <summary>One execution: one year's talk.</summary>
    private sealed partial class Year(TaskOrchestrationContext context, ReviewInput input)
    {
        private readonly HashSet<string> _sent = new(input.SentAlerts ?? [], StringComparer.Ordinal);
        private ConvenantSnapshot _c = input.Convenant;
        private int _year;
        private LocalDate _talk;
        private CalendarEventRef? _event = input.Event;
        private bool _reminded;
        private bool _checked;
        private bool _held;
        private bool _outcomeAsked;
        private DateTimeOffset? _invitedAt;
        private bool _notInvited;
        private int _reschedules;
        private DateTimeOffset _notBefore;

        private DateTimeOffset Now => new(DateTime.SpecifyKind(context.CurrentUtcDateTime, DateTimeKind.Utc));

        private DateTimeOffset Start => ReviewSchedule.Start(_c, _talk);

        private DateTimeOffset End => ReviewSchedule.End(_c, _talk);

        public async Task<string> RunAsync()
        {
            _notBefore = input.NotBefore ?? Now;
            _year = input.Year ?? SnapshotCalendar.LocalDate(_c.TimeZone, Now).Year;
            _talk = ReviewSchedule.TalkDate(_c, _year);
            if (input.Year is null && Now >= Start)
            {
                _year++;
                _talk = ReviewSchedule.TalkDate(_c, _year);
            }

            while (true)
            {
                var (phase, due) = NextStep();
                if (phase is null)
                {
                    continue;
                }

                var alert = ReviewSchedule.Alerts(_c).FirstOrDefault(a => !_sent.Contains(a.Key) && a.At >= _notBefore);
                if (alert is not null && alert.At <= due)
                {
                    if (await WaitAsync("expiry-alert", alert.At) is { } early)
                    {
                        if (await OnSignalsAsync(early) is { } ended)
                        {
                            return ended;
                        }

                        continue;
                    }

                    await DoAsync(ReviewActivityNames.AlertExpiry, Step() with { DaysLeft = alert.DaysLeft });
                    _sent.Add(alert.Key);
                    continue;
                }

                if (await WaitAsync(phase, due) is { } signals)
                {
                    if (await OnSignalsAsync(signals) is { } ended)
                    {
                        return ended;
                    }

                    continue;
                }

                switch (phase)
                {
                    case "invitation":
                        _invitedAt = Now;
                        _event = await TryAsync<CalendarEventRef>(ReviewActivityNames.Invite, Step());
                        if (_event is null)
                        {
                            // Not invited (the coordinators were told): no reminder or check about an invitation nobody
                            // has; the talk's date still passes, its outcome is still recorded, and next year goes on.
                            _notInvited = _reminded = _checked = true;
                        }

                        break;
                    case "reminder":
                        _reminded = true;
                        await DoAsync(ReviewActivityNames.Remind, Step());
                        await EvaluateAsync();
                        break;
                    case "check":
                        _checked = true;
                        await EvaluateAsync();
                        break;
                    case "talk":
                        _held = true;
                        break;
                    case "outcome-reminder":
                        // A year that waited before this reminder existed wakes here at the end of its wait: no reminder then.
                        _outcomeAsked = true;
                        if (Now < ReviewSchedule.OutcomeDueAt(_c, _talk))
                        {
                            await DoAsync(ReviewActivityNames.RemindOutcome, Step());
                        }

                        break;
                    default:
                        // The outcome never came: the talk is recorded where it happened, at its own date and time, saying
                        // that no outcome was recorded (not as a talk held on the day the wait ended), and next year goes on.
                        await DoAsync(ReviewActivityNames.RecordOutcome, Step() with { At = Start });
                        context.ContinueAsNew(NextYearInput());
                        return "continued";
                }
            }
        }

        /// <summary>The next step and its time; null phase when a step was skipped because its time passed (e.g. after a move).</summary>
        private (string? Phase, DateTimeOffset Due) NextStep()
        {
            if (_event is null && !_notInvited)
            {
                var invite = ReviewSchedule.InviteAt(_c, _talk);
                return ("invitation", invite > Now ? invite : ReviewSchedule.LateInviteAt(_c, _talk, Now));
            }

            if (!_reminded)
            {
                // A reminder on the day the invitation went out (a short lead, a late start) would arrive with it: none then.
                var at = ReviewSchedule.ReminderAt(_c, _talk);
                _reminded = at <= Now || (_invitedAt is { } invited && SnapshotCalendar.LocalDate(_c.TimeZone, at) <= SnapshotCalendar.LocalDate(_c.TimeZone, invited));
                return _reminded ? (null, Now) : ("reminder", at);
            }

            if (!_checked)
            {
                var at = ReviewSchedule.CheckAt(_c, _talk);
                _checked = at <= Now;
                return _checked ? (null, Now) : ("check", at);
            }

            if (!_held)
            {
                return ("talk", End);
            }

            if (!_outcomeAsked)
            {
                var ask = ReviewSchedule.OutcomeReminderAt(_c, _talk);
                _outcomeAsked = ask <= Now;
                return _outcomeAsked ? (null, Now) : ("outcome-reminder", ask);
            }

            return ("outcome", ReviewSchedule.OutcomeDueAt(_c, _talk));
        }

        private async Task EvaluateAsync()
        {
            // Without the answers (the coordinators were told) nobody is known to decline: the talk stays.
            var verdict = await TryAsync<ReviewVerdict>(ReviewActivityNames.Evaluate, Step());
            if (verdict?.DeclinedSide is not { } side)
            {
                return;
            }

            var previous = Start;
            if (_reschedules >= ReviewSchedule.MaxReschedules)
            {
                await DoAsync(ReviewActivityNames.Reschedule, Step() with { Reason = side, PreviousStart = previous });
                return;
            }

            var before = (_talk, _reminded, _checked);
            _reschedules++;
            _talk = ReviewSchedule.Alternative(_c, _talk);
            _reminded = false;
            _checked = false;
            if (await TryAsync<CalendarEventRef>(ReviewActivityNames.Reschedule, Step() with { Reason = side, PreviousStart = previous }) is { } moved)
            {
                _event = moved;
                return;
            }

            // Not moved (the coordinators were told): the talk stays on the date the calendars have.
            (_talk, _reminded, _checked) = before;
        }

        /// <summary>A side-effect step; false when it failed for good (recorded, coordinators told) and the talks go on without it.</summary>
        private Task<bool> DoAsync(string activity, ReviewStepInput step) =>
            WorkflowSteps.RunAsync(context, ReviewMessages.Audience(_c, SnapshotCalendar.Format(_talk)), activity, step);

        /// <summary>A side-effect step whose result the talks need; null when it failed for good.</summary>
        private Task<T?> TryAsync<T>(string activity, ReviewStepInput step)
            where T : class =>
            WorkflowSteps.RunAsync<T>(context, ReviewMessages.Audience(_c, SnapshotCalendar.Format(_talk)), activity, step);

        private ReviewStepInput Step() =>
            new(_c, Now, context.InstanceId, _year, SnapshotCalendar.Format(_talk), Start, End, _event, Key: StepKeys.Next(context));

        /// <summary>Next year's talk, with the expiry alerts already sent for the current end date.</summary>
        private ReviewInput NextYearInput()
        {
            string prefix = _c.ValidUntil + "@";
            return new ReviewInput(_c, _year + 1, [.. _sent.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal)], _notBefore);
        }
    }
}
