using Microsoft.DurableTask;

namespace Workflows.Host.Api.Instances;

/// <summary>
/// Why an instance failed, as the API and the Beheer tab show it: the error's type and message and those of its inner
/// causes. The stack trace stays in the logs: it names build paths and code a caller of the API has no need to see.
/// </summary>
/// <param name="InnerFailure">The cause, if any (at most <see cref="MaxDepth"/> levels deep).</param>
public sealed record InstanceFailure(string ErrorType, string ErrorMessage, InstanceFailure? InnerFailure)
{
    /// <summary>Causes deeper than this are left out; a real chain is two or three long.</summary>
    internal const int MaxDepth = 8;

    internal static InstanceFailure? From(TaskFailureDetails? details, int depth = 0)
        => details is null || depth >= MaxDepth
            ? null
            : new InstanceFailure(details.ErrorType, details.ErrorMessage, From(details.InnerFailure, depth + 1));

    /// <summary>This failure and its causes, outermost first.</summary>
    internal IEnumerable<InstanceFailure> Chain()
    {
        for (var f = this; f is not null; f = f.InnerFailure)
        {
            yield return f;
        }
    }
}
