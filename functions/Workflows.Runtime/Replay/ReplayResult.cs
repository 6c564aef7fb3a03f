using DurableTask.Core;
using DurableTask.Core.Command;

namespace Workflows.Runtime.Replay;

/// <summary>What replaying a recorded history against today's orchestrator code showed.</summary>
/// <param name="IsConsistent">
/// True when the code replays the recording as DTFx would replay a running instance: no non-determinism, no failure
/// the recording did not have, and it ends the way the recording ended (when it ended).
/// </param>
/// <param name="Divergence">Why it is not consistent (DTFx's own message for non-determinism); null when it is.</param>
/// <param name="Failure">The failure of the replayed execution, if it failed.</param>
/// <param name="NextActions">
/// The actions the orchestrator takes after the recorded history (activities, timers, events, completion): for a
/// recording of a running instance, what its next turn would schedule.
/// </param>
public sealed record ReplayResult(bool IsConsistent, string? Divergence, FailureDetails? Failure, IReadOnlyList<OrchestratorAction> NextActions)
{
    /// <summary>The completion among <see cref="NextActions"/>, if the replay ends the execution.</summary>
    public OrchestrationCompleteOrchestratorAction? Completion => NextActions.OfType<OrchestrationCompleteOrchestratorAction>().FirstOrDefault();
}
