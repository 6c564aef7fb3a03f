using Microsoft.Extensions.DependencyInjection;

namespace Workflows.Durable;

/// <summary>Orchestrators and activities by name, class-based or lambda-based (as in Microsoft.DurableTask).</summary>
public sealed class DurableTaskRegistry
{
    private readonly Dictionary<TaskName, Func<IServiceProvider, ITaskOrchestrator>> _orchestrators = [];
    private readonly Dictionary<TaskName, Func<IServiceProvider, ITaskActivity>> _activities = [];

    public DurableTaskRegistry AddOrchestrator<TOrchestrator>()
        where TOrchestrator : class, ITaskOrchestrator
        => AddOrchestrator(typeof(TOrchestrator).Name, sp => ActivatorUtilities.CreateInstance<TOrchestrator>(sp));

    public DurableTaskRegistry AddOrchestrator(TaskName name, Func<IServiceProvider, ITaskOrchestrator> factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        if (!_orchestrators.TryAdd(name, factory))
        {
            throw new ArgumentException($"An orchestrator named '{name}' is already registered.", nameof(name));
        }

        return this;
    }

    public DurableTaskRegistry AddOrchestratorFunc<TInput, TOutput>(TaskName name, Func<TaskOrchestrationContext, TInput, Task<TOutput>> implementation)
    {
        ArgumentNullException.ThrowIfNull(implementation);
        return AddOrchestrator(name, _ => new FuncOrchestrator<TInput, TOutput>(implementation));
    }

    public DurableTaskRegistry AddOrchestratorFunc<TInput>(TaskName name, Func<TaskOrchestrationContext, TInput, Task> implementation)
    {
        ArgumentNullException.ThrowIfNull(implementation);
        return AddOrchestratorFunc<TInput, object?>(name, async (ctx, input) =>
        {
            await implementation(ctx, input).ConfigureAwait(true);
            return null;
        });
    }

    public DurableTaskRegistry AddActivity<TActivity>()
        where TActivity : class, ITaskActivity
        => AddActivity(typeof(TActivity).Name, sp => ActivatorUtilities.CreateInstance<TActivity>(sp));

    public DurableTaskRegistry AddActivity(TaskName name, Func<IServiceProvider, ITaskActivity> factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        if (!_activities.TryAdd(name, factory))
        {
            throw new ArgumentException($"An activity named '{name}' is already registered.", nameof(name));
        }

        return this;
    }

    public DurableTaskRegistry AddActivityFunc<TInput, TOutput>(TaskName name, Func<TaskActivityContext, TInput, Task<TOutput>> implementation)
    {
        ArgumentNullException.ThrowIfNull(implementation);
        return AddActivity(name, _ => new FuncActivity<TInput, TOutput>(implementation));
    }

    public DurableTaskRegistry AddActivityFunc<TInput, TOutput>(TaskName name, Func<TaskActivityContext, TInput, TOutput> implementation)
    {
        ArgumentNullException.ThrowIfNull(implementation);
        return AddActivityFunc<TInput, TOutput>(name, (ctx, input) => Task.FromResult(implementation(ctx, input)));
    }

    internal bool TryCreateOrchestrator(TaskName name, IServiceProvider services, out ITaskOrchestrator orchestrator)
    {
        if (_orchestrators.TryGetValue(name, out var factory))
        {
            orchestrator = factory(services);
            return true;
        }

        orchestrator = null!;
        return false;
    }

    internal bool TryCreateActivity(TaskName name, IServiceProvider services, out ITaskActivity activity)
    {
        if (_activities.TryGetValue(name, out var factory))
        {
            activity = factory(services);
            return true;
        }

        activity = null!;
        return false;
    }

    private sealed class FuncOrchestrator<TInput, TOutput>(Func<TaskOrchestrationContext, TInput, Task<TOutput>> implementation)
        : TaskOrchestrator<TInput, TOutput>
    {
        public override Task<TOutput> RunAsync(TaskOrchestrationContext context, TInput input) => implementation(context, input);
    }

    private sealed class FuncActivity<TInput, TOutput>(Func<TaskActivityContext, TInput, Task<TOutput>> implementation)
        : TaskActivity<TInput, TOutput>
    {
        public override Task<TOutput> RunAsync(TaskActivityContext context, TInput input) => implementation(context, input);
    }
}
