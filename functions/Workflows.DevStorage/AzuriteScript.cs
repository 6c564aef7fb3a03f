using System.Reflection;

namespace Workflows.DevStorage;

/// <summary>Finds Azurite's entry script: explicit option, then environment, then the path baked in at build.</summary>
internal static class AzuriteScript
{
    public const string EnvironmentVariable = "WORKFLOWS_AZURITE_SCRIPT";

    public static string Resolve(string? optionPath) =>
        Resolve(optionPath, Environment.GetEnvironmentVariable(EnvironmentVariable), BakedPath());

    internal static string Resolve(string? optionPath, string? environmentPath, string? bakedPath)
    {
        var (path, source) =
            !string.IsNullOrWhiteSpace(optionPath) ? (optionPath, "AzuriteOptions.ScriptPath")
            : !string.IsNullOrWhiteSpace(environmentPath) ? (environmentPath, EnvironmentVariable)
            : !string.IsNullOrWhiteSpace(bakedPath) ? (bakedPath, "the path recorded when Workflows.DevStorage was built")
            : (null, null);

        if (path is null)
        {
            throw new FileNotFoundException(
                $"No Azurite script is configured: set {EnvironmentVariable} or AzuriteOptions.ScriptPath.");
        }

        var fullPath = Path.GetFullPath(path);
        if (!File.Exists(fullPath))
        {
            throw new FileNotFoundException(
                $"Azurite's entry script was not found at '{fullPath}' (from {source}). "
                + $"Building Workflows.DevStorage installs it under tools/azurite with npm; "
                + $"or point {EnvironmentVariable} at node_modules/azurite/dist/src/azurite.js.",
                fullPath);
        }

        return fullPath;
    }

    private static string? BakedPath() =>
        typeof(AzuriteScript).Assembly
            .GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(attribute => attribute.Key == "AzuriteScript")
            ?.Value;
}
