using Microsoft.DurableTask;
using Microsoft.DurableTask.Worker;

namespace Workflows.Runtime.VirtualTime;

/// <summary>The shims' options: the host's worker options with the workflows' converter, without touching the host's object.</summary>
internal static class ShimOptions
{
    public static DurableTaskWorkerOptions From(WorkflowRuntimeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return From(options.DataConverter, options.WorkerOptions);
    }

    public static DurableTaskWorkerOptions From(DataConverter converter, DurableTaskWorkerOptions? source)
    {
        ArgumentNullException.ThrowIfNull(converter);
        source ??= new DurableTaskWorkerOptions();
        var copy = new DurableTaskWorkerOptions
        {
            DataConverter = converter,
            EnableEntitySupport = source.EnableEntitySupport,
            MaximumTimerInterval = source.MaximumTimerInterval,
            Versioning = source.Versioning,
        };
        copy.Logging.UseLegacyCategories = source.Logging.UseLegacyCategories;
        return copy;
    }
}
