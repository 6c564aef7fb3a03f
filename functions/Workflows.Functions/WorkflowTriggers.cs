using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Orchestrations;

namespace Workflows.Functions;

/// <summary>
/// How the orchestration and activity functions run the workflows: by name, from the same registration list the local
/// runtimes use (<see cref="WorkflowRegistration.AddWorkflows"/>), so the function classes hold no logic and cannot
/// drift from <c>serve</c> and <c>simulate</c>.
/// </summary>
internal static class WorkflowTriggers
{
    public static DurableTaskRegistry Registry { get; } = new DurableTaskRegistry().AddWorkflows();

    private static readonly Dictionary<TaskName, Func<IServiceProvider, ITaskOrchestrator>> Orchestrators =
        Registry.GetOrchestrators().ToDictionary(o => o.Key, o => o.Value);

    private static readonly Dictionary<TaskName, Func<IServiceProvider, ITaskActivity>> Activities =
        Registry.GetActivities().ToDictionary(a => a.Key, a => a.Value);

    /// <summary>Runs the registered orchestrator named like the function, a new object per execution.</summary>
    public static async Task<TOutput> OrchestrateAsync<TInput, TOutput>(TaskOrchestrationContext context, PlatformApp platform)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(platform);
        var orchestrator = Orchestrators[context.Name](platform.Services);
        return (TOutput)(await orchestrator.RunAsync(context, context.GetInput<TInput>()))!;
    }

    /// <summary>Runs the registered activity <paramref name="name"/> with the platform's services, in a scope of its own.</summary>
    public static async Task<TOutput> RunAsync<TInput, TOutput>(string name, TInput input, FunctionContext function, PlatformApp platform)
    {
        ArgumentNullException.ThrowIfNull(function);
        ArgumentNullException.ThrowIfNull(platform);
        await using var scope = platform.Services.CreateAsyncScope();
        var activity = Activities[name](scope.ServiceProvider);
        string instanceId = function.BindingContext.BindingData.TryGetValue("instanceId", out var id) ? id?.ToString() ?? string.Empty : string.Empty;
        return (TOutput)(await activity.RunAsync(new FunctionActivityContext(name, instanceId), input))!;
    }

    private sealed class FunctionActivityContext(TaskName name, string instanceId) : TaskActivityContext
    {
        public override TaskName Name => name;

        public override string InstanceId => instanceId;
    }
}
