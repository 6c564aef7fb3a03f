using Microsoft.DurableTask;

namespace Workflows.Orchestrations.Tests.Support;

/// <summary>
/// The production registry (<c>AddWorkflows</c>) with single activities swapped or wrapped, the orchestrators left
/// exactly as they are: the tests run the real workflows and change only the edge they name.
/// </summary>
internal static class Registries
{
    public static DurableTaskRegistry Production() => new DurableTaskRegistry().AddWorkflows();

    /// <param name="activity">Given the name and the production factory, the factory to register instead.</param>
    public static DurableTaskRegistry With(Func<string, Func<IServiceProvider, ITaskActivity>, Func<IServiceProvider, ITaskActivity>> activity)
    {
        var production = Production();
        var registry = new DurableTaskRegistry();
        foreach (var (name, factory) in production.GetOrchestrators())
        {
            // The workflows' orchestrators take nothing from the container.
            registry.AddOrchestrator(name, () => factory(NoServices.Instance));
        }

        foreach (var (name, factory) in production.GetActivities())
        {
            registry.AddActivity(name, activity(name.Name, factory));
        }

        return registry;
    }

    private sealed class NoServices : IServiceProvider
    {
        public static readonly NoServices Instance = new();

        public object? GetService(Type serviceType) => null;
    }
}

/// <summary>An activity that tells <paramref name="before"/> when it starts, then runs the real one.</summary>
internal sealed class ObservedActivity(ITaskActivity inner, Func<TaskActivityContext, Task> before) : ITaskActivity
{
    public Type InputType => inner.InputType;

    public Type OutputType => inner.OutputType;

    public async Task<object?> RunAsync(TaskActivityContext context, object? input)
    {
        await before(context);
        return await inner.RunAsync(context, input);
    }
}
