using Workflows.Orchestrations.Reviews;

namespace Workflows.Host.Api.Reviews;

/// <summary>What became of an outcome: <see cref="ReviewOutcomeStatus.Ready"/> (recorded, or would be) or why not, in the API's words.</summary>
internal sealed record ReviewOutcomeResult(ReviewOutcomeStatus Status, string Message, IReadOnlyList<string> Errors, string? InstanceId, ReviewOutcome? Outcome)
{
    public static ReviewOutcomeResult Invalid(string message, IReadOnlyList<string> errors) => new(ReviewOutcomeStatus.Invalid, message, errors, null, null);
}
