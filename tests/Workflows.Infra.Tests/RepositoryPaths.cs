using System.Reflection;

namespace Workflows.Infra.Tests;

/// <summary>Paths the build recorded in the assembly (see the csproj's AssemblyMetadata items).</summary>
internal static class RepositoryPaths
{
    public static string Root => Metadata("RepoRoot");

    public static string BicepPath => Metadata("BicepPath");

    public static string BicepTargets => Metadata("BicepTargets");

    /// <summary>The ARM JSON Bicep.targets compiled from infra/ during this project's build.</summary>
    public static string CompiledInfra => Path.Combine(AppContext.BaseDirectory, "infra");

    private static string Metadata(string key) =>
        typeof(RepositoryPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == key).Value
        ?? throw new InvalidOperationException($"Assembly metadata {key} is empty.");
}
