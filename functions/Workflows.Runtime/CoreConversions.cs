using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Core = DurableTask.Core;

namespace Workflows.Runtime;

/// <summary>Maps the Durable Task Framework's types onto Microsoft.DurableTask's, for both runtimes' clients.</summary>
internal static class CoreConversions
{
    // Spelled out rather than cast: the two enums are separate contracts and could drift.
    public static OrchestrationRuntimeStatus ToRuntimeStatus(this Core.OrchestrationStatus status) => status switch
    {
        Core.OrchestrationStatus.Running => OrchestrationRuntimeStatus.Running,
        Core.OrchestrationStatus.Completed => OrchestrationRuntimeStatus.Completed,
#pragma warning disable CS0618 // ContinuedAsNew is obsolete in Microsoft.DurableTask, but DTFx still reports it.
        Core.OrchestrationStatus.ContinuedAsNew => OrchestrationRuntimeStatus.ContinuedAsNew,
        Core.OrchestrationStatus.Canceled => OrchestrationRuntimeStatus.Canceled,
#pragma warning restore CS0618
        Core.OrchestrationStatus.Failed => OrchestrationRuntimeStatus.Failed,
        Core.OrchestrationStatus.Terminated => OrchestrationRuntimeStatus.Terminated,
        Core.OrchestrationStatus.Pending => OrchestrationRuntimeStatus.Pending,
        Core.OrchestrationStatus.Suspended => OrchestrationRuntimeStatus.Suspended,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown DTFx orchestration status."),
    };

    public static Core.OrchestrationStatus ToCoreStatus(this OrchestrationRuntimeStatus status) => status switch
    {
        OrchestrationRuntimeStatus.Running => Core.OrchestrationStatus.Running,
        OrchestrationRuntimeStatus.Completed => Core.OrchestrationStatus.Completed,
#pragma warning disable CS0618
        OrchestrationRuntimeStatus.ContinuedAsNew => Core.OrchestrationStatus.ContinuedAsNew,
        OrchestrationRuntimeStatus.Canceled => Core.OrchestrationStatus.Canceled,
#pragma warning restore CS0618
        OrchestrationRuntimeStatus.Failed => Core.OrchestrationStatus.Failed,
        OrchestrationRuntimeStatus.Terminated => Core.OrchestrationStatus.Terminated,
        OrchestrationRuntimeStatus.Pending => Core.OrchestrationStatus.Pending,
        OrchestrationRuntimeStatus.Suspended => Core.OrchestrationStatus.Suspended,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown orchestration runtime status."),
    };

    public static TaskFailureDetails? ToTaskFailureDetails(this Core.FailureDetails? details) =>
        details is null
            ? null
            : new TaskFailureDetails(
                details.ErrorType,
                details.ErrorMessage,
                details.StackTrace,
                details.InnerFailure.ToTaskFailureDetails(),
                details.Properties);

    /// <summary>
    /// The instance as the client reports it. Payloads are left out unless asked for (as the gRPC sidecar does);
    /// the converter is always set so a caller can read whatever is there.
    /// </summary>
    public static OrchestrationMetadata ToMetadata(
        this Core.OrchestrationState state, bool getInputsAndOutputs, DataConverter dataConverter) =>
        new(state.Name, state.OrchestrationInstance.InstanceId)
        {
            DataConverter = dataConverter,
            RuntimeStatus = state.OrchestrationStatus.ToRuntimeStatus(),
            CreatedAt = ToUtcOffset(state.CreatedTime),
            LastUpdatedAt = ToUtcOffset(state.LastUpdatedTime),
            SerializedInput = getInputsAndOutputs ? state.Input : null,
            SerializedOutput = getInputsAndOutputs ? state.Output : null,
            SerializedCustomStatus = getInputsAndOutputs ? state.Status : null,
            FailureDetails = state.FailureDetails.ToTaskFailureDetails() ?? FailureFromOutput(state),
            Tags = state.Tags is null
                ? new Dictionary<string, string>(StringComparer.Ordinal)
                : new Dictionary<string, string>(state.Tags, StringComparer.Ordinal),
        };

    /// <summary>
    /// The Azure Storage provider keeps no failure details for an instance: it stores <c>FailureDetails.ToString()</c>,
    /// "<c>{ErrorType}: {ErrorMessage}</c>", as the failed instance's output. Read that back (stack trace and inner
    /// failure are lost), so callers see a failure as on the other backends.
    /// </summary>
    private static TaskFailureDetails? FailureFromOutput(Core.OrchestrationState state)
    {
        if (state.OrchestrationStatus != Core.OrchestrationStatus.Failed || string.IsNullOrEmpty(state.Output))
        {
            return null;
        }

        var separator = state.Output.IndexOf(": ", StringComparison.Ordinal);
        var looksLikeType = separator > 0 && !state.Output.AsSpan(0, separator).ContainsAny(' ', '"', '{');
        return looksLikeType
            ? new TaskFailureDetails(state.Output[..separator], state.Output[(separator + 2)..], null, null, null)
            : new TaskFailureDetails(string.Empty, state.Output, null, null, null);
    }

    // DTFx hands out UTC times, sometimes with an Unspecified kind (read back from table storage).
    public static DateTimeOffset ToUtcOffset(DateTime time) => time.Kind switch
    {
        DateTimeKind.Utc => new DateTimeOffset(time, TimeSpan.Zero),
        DateTimeKind.Local => new DateTimeOffset(time.ToUniversalTime(), TimeSpan.Zero),
        _ => new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Utc), TimeSpan.Zero),
    };
}
