namespace Workflows.Partnerships.Tests.Docs;

/// <summary>Files of the repository itself (docs/, functions/samples/), read where they are, not from a copy in the build output.</summary>
internal static class RepoFiles
{
    public static string Root { get; } = FindRoot();

    public static string SchemaPath => Path.Combine(Root, "docs", "partnership.schema.json");

    public static string ReferencePath => Path.Combine(Root, "docs", "configuration.md");

    /// <summary>The partnership files under functions/samples: every .yaml but the simulation's responses files.</summary>
    public static IReadOnlyList<string> SampleConfigs() =>
        [.. Directory.EnumerateFiles(Path.Combine(Root, "functions", "samples"), "*.yaml")
            .Where(f => !Path.GetFileName(f).EndsWith("-responses.yaml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Workflows.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"Workflows.sln not found above {AppContext.BaseDirectory}");
    }
}
