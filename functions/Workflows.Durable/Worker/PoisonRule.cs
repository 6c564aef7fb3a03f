using Azure;
using Workflows.Durable.Storage;

namespace Workflows.Durable.Worker;

/// <summary>
/// Which failures count towards treating a message as poison: only failures of the turn itself. A storage
/// outage or a lost ETag race is retried without limit, so it never fails an instance.
/// </summary>
internal static class PoisonRule
{
    public static bool Counts(Exception failure) => failure is not (RequestFailedException or ConcurrencyConflictException);
}
