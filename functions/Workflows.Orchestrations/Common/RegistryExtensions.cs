using Microsoft.DurableTask;

namespace Workflows.Orchestrations;

internal static class RegistryExtensions
{
    /// <summary>Registers a side-effecting activity under <paramref name="name"/> (the name recorded in history).</summary>
    public static DurableTaskRegistry AddStep<TActivities, TInput, TOutput>(
        this DurableTaskRegistry registry,
        string name,
        Func<TActivities, StepContext, TInput, Task<TOutput>> run)
        where TActivities : notnull
        where TInput : IStepInput
        => registry.AddActivity(name, services => new StepActivity<TActivities, TInput, TOutput>(services, run));
}
