using System.Globalization;
using Microsoft.DurableTask;

namespace Workflows.Orchestrations;

/// <summary>Idempotency keys chosen in orchestrator code.</summary>
internal static class StepKeys
{
    /// <summary>
    /// A key for the next side effect: a name-based GUID from the instance id, the turn's time and a counter, so it is
    /// the same on every replay of this call and different for every other call, in every instance.
    /// </summary>
    public static string Next(TaskOrchestrationContext context) => context.NewGuid().ToString("N", CultureInfo.InvariantCulture);
}
