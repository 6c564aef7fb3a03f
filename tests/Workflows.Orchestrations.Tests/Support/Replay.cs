using Workflows.Runtime;

namespace Workflows.Orchestrations.Tests.Support;

/// <summary>What the replay tests run: production's registry and converter; replay runs orchestrators only, so no services.</summary>
internal static class Replay
{
    public static WorkflowRuntimeOptions Options { get; } =
        new(Registries.Production(), EmptyServices.Instance) { DataConverter = WorkflowJson.Converter };

    private sealed class EmptyServices : IServiceProvider
    {
        public static readonly EmptyServices Instance = new();

        public object? GetService(Type serviceType) => null;
    }
}
