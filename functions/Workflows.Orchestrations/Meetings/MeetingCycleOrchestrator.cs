using Microsoft.DurableTask;

namespace Workflows.Orchestrations.Meetings;

/// <summary>
/// One meeting series, forever: plan the next occurrence, ask the chair for agenda items, invite, remind the
/// silent once halfway, judge the answers at the deadline (cancel or confirm, alert on low turnout), record
/// attendance after the meeting, then <c>ContinueAsNew</c> for the next occurrence. Between steps it waits for a
/// timer and, at the same time, for <c>config-changed</c>, <c>occurrence-cancel</c> and <c>occurrence-move</c>.
/// </summary>
/// <remarks>
/// Any change (configuration, a coordinator's decision) ends the execution with <c>ContinueAsNew</c> carrying
/// the progress of the occurrence at hand (<see cref="OccurrenceProgress"/>): the next execution plans again
/// and does only what is left, updating an event already sent instead of inviting twice. History stays one
/// occurrence long. Instance id: <c>meeting:{partnership}:{series}</c>.
/// </remarks>
internal sealed partial class MeetingCycleOrchestrator : TaskOrchestrator<MeetingCycleInput, string>
{
    private static readonly TaskOptions Retry = WorkflowRetry.Default;

    public override async Task<string> RunAsync(TaskOrchestrationContext context, MeetingCycleInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        // An input without the occurrence list was written by the cycle before occurrences overlapped.
        return input.Occurrences is null
            ? await new LegacyCycle(context, input).RunAsync()
            : await new Cycle(context, input).RunAsync();
    }

    /// <summary>What attendees' calendars should hold for this occurrence (compared with what was sent).</summary>
    internal static SentVersion Desired(SeriesSnapshot s, PlannedOccurrence o) =>
        new(MeetingMessages.Invitation(s, o).Subject, o.Start, o.End, s.Location, [.. s.Members.Select(m => m.Email.ToUpperInvariant()).Order(StringComparer.Ordinal)]);

    internal static bool Same(SentVersion? a, SentVersion b) =>
        a is not null && MeetingMessages.SameTitle(a.Subject, b.Subject) && a.Start == b.Start && a.End == b.End && a.Location == b.Location && a.Attendees.SequenceEqual(b.Attendees, StringComparer.Ordinal);
}
