using Workflows.Orchestrations.Meetings;
using Workflows.Orchestrations.Reviews;
using Workflows.Orchestrations.Links;
using Workflows.Orchestrations.Subsidies;

namespace Workflows.Orchestrations;

/// <summary>
/// The payload type each long-running workflow reads for each event it waits for (the <c>Signal.Of&lt;T&gt;</c> of its
/// wait). An event raised by hand (the API's and Beheer's raise event) is checked against it at the edge: a payload
/// the workflow cannot read (<c>true</c> for <c>config-changed</c>) would fail the eternal instance when it arrives.
/// </summary>
public static class WorkflowEventTypes
{
    private static readonly Dictionary<(string Orchestration, string Event), Type> Types = new()
    {
        [(MeetingActivityNames.Orchestrator, MeetingEvents.ConfigChanged)] = typeof(ConfigChangedEvent),
        [(MeetingActivityNames.Orchestrator, MeetingEvents.OccurrenceCancel)] = typeof(OccurrenceCancelRequest),
        [(MeetingActivityNames.Orchestrator, MeetingEvents.OccurrenceMove)] = typeof(OccurrenceMoveRequest),
        [(MeetingActivityNames.Orchestrator, MeetingEvents.OccurrenceResend)] = typeof(OccurrenceResendRequest),
        [(MeetingActivityNames.Orchestrator, MeetingEvents.OccurrenceDecision)] = typeof(OccurrenceDecisionRequest),
        [(SubsidyActivityNames.Orchestrator, SubsidyEvents.RoundWithdrawn)] = typeof(RoundWithdrawal),
        [(SubsidyActivityNames.Orchestrator, SubsidyEvents.DeadlineChanged)] = typeof(DeadlineChange),
        [(SubsidyActivityNames.Orchestrator, SubsidyEvents.Action)] = typeof(ActionLinkEvent),
        [(ReviewActivityNames.Orchestrator, ReviewEvents.ConfigChanged)] = typeof(ConvenantChangedEvent),
        [(ReviewActivityNames.Orchestrator, ReviewEvents.Outcome)] = typeof(ReviewOutcome),
    };

    /// <summary>The type <paramref name="orchestration"/> reads for <paramref name="eventName"/>, or null when it does not wait for it.</summary>
    public static Type? Of(string orchestration, string eventName)
        => Types.TryGetValue((orchestration, eventName), out var type) ? type : null;
}
