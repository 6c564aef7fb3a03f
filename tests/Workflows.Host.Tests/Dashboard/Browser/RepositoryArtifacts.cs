namespace Workflows.Host.Tests.Dashboard.Browser;

/// <summary>Where the browser tests leave their screenshots: artifacts/dashboard/ under the repository root (git-ignored).</summary>
internal static class RepositoryArtifacts
{
    public static string Dashboard()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Workflows.sln")))
        {
            directory = directory.Parent;
        }

        if (directory is null)
        {
            throw new InvalidOperationException($"No Workflows.sln above {AppContext.BaseDirectory}: cannot tell where the repository root is.");
        }

        return Directory.CreateDirectory(Path.Combine(directory.FullName, "artifacts", "dashboard")).FullName;
    }
}
