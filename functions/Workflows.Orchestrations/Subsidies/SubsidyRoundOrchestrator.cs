using Workflows.Partnerships.Configuration;
using Workflows.Orchestrations.Links;
using Microsoft.DurableTask;

namespace Workflows.Orchestrations.Subsidies;

/// <summary>
/// One subsidy round: announce to every recipient, remind those who have not answered on each reminder day, pass
/// an application on to the coordinators (and the other schools when shared), and at the deadline close with a
/// summary. Between steps it waits for the next step's time and, at the same time, for an answer from an action
/// link (<c>subsidy-action</c>), <c>deadline-changed</c> and <c>round-withdrawn</c>.
/// </summary>
/// <remarks>
/// One execution for the whole round: a round lives weeks and has tens of steps, so its history stays small.
/// The reminder days are computed here (pure, replays the same) from the deadline in force; a reminder day already
/// sent is never sent again, also after a deadline change.
/// </remarks>
internal sealed class SubsidyRoundOrchestrator : TaskOrchestrator<SubsidyRoundInput, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, SubsidyRoundInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var round = input.Round;
        var answers = new List<SubsidyAnswer>(input.Answers ?? []);
        var sent = new HashSet<string>(StringComparer.Ordinal);
        DateTimeOffset Now() => new(DateTime.SpecifyKind(context.CurrentUtcDateTime, DateTimeKind.Utc));
        SubsidyRoundStatus Status(string phase, DateTimeOffset? until) => new(phase, until, round.Deadline, [.. answers], round.DeadlineTime);
        SubsidyStepInput Step() => new(round, Now(), context.InstanceId, [.. answers], Key: StepKeys.Next(context));

        // A side-effect step; when it fails for good it is recorded, the coordinators are told, and the round goes on.
        Task<bool> DoAsync(string activity, SubsidyStepInput step) => WorkflowSteps.RunAsync(context, SubsidyMessages.Audience(round), activity, step);

        if (Now() >= SubsidySchedule.DeadlineAt(round))
        {
            context.SetCustomStatus(Status("expired", null));
            return "expired";
        }

        // A round restarted after a failure (the reconciler) was announced already: nobody hears of it twice.
        if (!input.Announced)
        {
            // Out of hours (a file loaded at night, a summer holiday) the announcement waits for the next working morning;
            // answers, a deadline change or a withdrawal meanwhile stay buffered until it has gone out.
            var announceAt = SubsidySchedule.AnnounceAt(round, Now());
            if (announceAt > Now())
            {
                context.SetCustomStatus(Status("announcement", announceAt));
                await context.CreateTimer(announceAt.UtcDateTime, CancellationToken.None);
                context.SetCustomStatus(Status("working", null));
            }

            await DoAsync(SubsidyActivityNames.Announce, Step());
        }

        // Reminder days before the announcement are past: the announcement itself is the first alert.
        foreach (var past in SubsidySchedule.Reminders(round).Where(r => r.At <= Now()))
        {
            sent.Add(past.Date);
        }

        // Every turn of the loop ends with a timer or an event; the deadline timer closes the round. The history
        // stays short: a round sees a few reminders and one or two answers per school.
        while (Now() < SubsidySchedule.DeadlineAt(round))
        {
            var deadline = SubsidySchedule.DeadlineAt(round);
            var reminder = SubsidySchedule.Reminders(round).FirstOrDefault(r => !sent.Contains(r.Date) && r.At < deadline && r.At > Now());
            var due = reminder?.At ?? deadline;
            context.SetCustomStatus(Status(reminder is null ? "deadline" : "reminder", due));

            var signals = await WaitAsync(context, due);

            // Until it waits again it is busy (a virtual clock must not move past the steps this turn starts).
            context.SetCustomStatus(Status("working", null));
            if (signals is null)
            {
                if (reminder is null)
                {
                    await DoAsync(SubsidyActivityNames.Close, Step());
                    context.SetCustomStatus(Status("closed", null));
                    return "closed";
                }

                sent.Add(reminder.Date);
                await DoAsync(SubsidyActivityNames.Remind, Step() with { DaysLeft = reminder.DaysLeft });
                continue;
            }

            foreach (var signal in signals)
            {
                switch (signal)
                {
                    case RoundWithdrawal withdrawal:
                        await DoAsync(SubsidyActivityNames.Withdraw, Step() with { Reason = withdrawal.Reason });
                        context.SetCustomStatus(Status("withdrawn", null));
                        return "withdrawn";
                    case DeadlineChange change when SubsidySchedule.WithDeadline(round, change, Now()) is { } moved:
                        string reason = SubsidyRoundSnapshots.DeadlineChangedReason(round, moved, change.Reason);
                        round = moved;
                        await DoAsync(SubsidyActivityNames.Reschedule, Step() with { Reason = reason });
                        break;
                    case ActionLinkEvent link when round.Recipients.Any(m => m.Id == link.Recipient)
                                                   && link.Action is SubsidyEvents.Applying or SubsidyEvents.Declined
                                                   && answers.LastOrDefault(a => a.RecipientId == link.Recipient)?.Action != link.Action:
                        var answer = new SubsidyAnswer(link.Recipient, link.Action, link.At);
                        answers.Add(answer);
                        await DoAsync(SubsidyActivityNames.Acknowledge, Step() with { Answer = answer });
                        break;
                    default:
                        // The same answer again, someone not in the audience, or a date that is unreadable or beyond the
                        // horizon (the edge refuses those; one that slipped through must not end the round): nothing changes.
                        break;
                }
            }
        }

        // A deadline moved into the past: the round closes now.
        await DoAsync(SubsidyActivityNames.Close, Step());
        context.SetCustomStatus(Status("closed", null));
        return "closed";
    }

    /// <summary>Waits until <paramref name="due"/> or for any event; a withdrawal is read first, then a deadline change, then answers.</summary>
    private static Task<List<object>?> WaitAsync(TaskOrchestrationContext context, DateTimeOffset due) =>
        TimerOrSignals.WaitAsync(
            context,
            due,
            Signal.Of<RoundWithdrawal>(SubsidyEvents.RoundWithdrawn),
            Signal.Of<DeadlineChange>(SubsidyEvents.DeadlineChanged),
            Signal.Of<ActionLinkEvent>(SubsidyEvents.Action));
}
