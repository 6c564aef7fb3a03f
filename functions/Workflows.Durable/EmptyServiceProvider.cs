namespace Workflows.Durable;

/// <summary>Services for a registry used without dependency injection: class-based tasks need parameterless constructors then.</summary>
internal sealed class EmptyServiceProvider : IServiceProvider
{
    public static readonly EmptyServiceProvider Instance = new();

    public object? GetService(Type serviceType) => null;
}
