using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Hosting;

namespace Workflows.Runtime;

/// <summary>
/// A place where the workflows run locally, with the client that starts and steers them. The hosts register one
/// (the Azure Storage provider for <c>serve</c>, virtual time for <c>simulate</c> and date-dependent tests) and
/// use only <see cref="Client"/>, so the API and dashboard work the same on both.
/// </summary>
public interface IWorkflowRuntime : IHostedService, IAsyncDisposable
{
    /// <summary>The task hub's name (also the prefix of the platform's own tables).</summary>
    string TaskHub { get; }

    DurableTaskClient Client { get; }
}
