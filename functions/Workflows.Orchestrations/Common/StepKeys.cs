using System.Globalization;
using System.Security.Cryptography;
using System.Text;
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

    /// <summary>
    /// A key as <see cref="Next(TaskOrchestrationContext)"/>, made unique over the executions of an instance that
    /// continues as new: <c>NewGuid</c> derives from the instance id, the turn's time and a counter that every
    /// execution restarts, so two executions at the same moment (a change handled, then the step it makes due) would
    /// otherwise get the same keys, and the second step would be taken for a redelivery of the first.
    /// </summary>
    /// <param name="execution">How many executions came before this one (0: the key is exactly <see cref="Next(TaskOrchestrationContext)"/>).</param>
    public static string Next(TaskOrchestrationContext context, long execution)
    {
        ArgumentNullException.ThrowIfNull(context);
        var guid = context.NewGuid();
        if (execution == 0)
        {
            return guid.ToString("N", CultureInfo.InvariantCulture);
        }

        // A name-based digest, not a random one: replay must give the same key. Not security-relevant.
#pragma warning disable CA5350
        var digest = SHA1.HashData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{guid:N}/{execution}")));
#pragma warning restore CA5350
        return new Guid(digest.AsSpan(0, 16)).ToString("N", CultureInfo.InvariantCulture);
    }
}
