namespace Workflows.DevStorage.Tests;

public sealed class AzuriteScriptTests
{
    [Fact]
    public void BakedPath_PointsAtTheInstalledAzuriteEntryScript()
    {
        var path = AzuriteScript.Resolve(optionPath: null, environmentPath: null, bakedPath: BakedPath());

        Assert.EndsWith(Path.Combine("tools", "azurite", "node_modules", "azurite", "dist", "src", "azurite.js"), path, StringComparison.Ordinal);
    }

    [Fact]
    public void EnvironmentVariable_OverridesTheBakedPath()
    {
        using var directory = new TempDirectory();
        var custom = directory.WriteFile("custom.js", string.Empty);

        Assert.Equal(custom, AzuriteScript.Resolve(optionPath: null, environmentPath: custom, bakedPath: BakedPath()));
    }

    [Fact]
    public void Option_OverridesTheEnvironmentVariable()
    {
        using var directory = new TempDirectory();
        var option = directory.WriteFile("option.js", string.Empty);
        var environment = directory.WriteFile("environment.js", string.Empty);

        Assert.Equal(option, AzuriteScript.Resolve(option, environment, BakedPath()));
    }

    [Fact]
    public void MissingEnvironmentPath_NamesTheVariable()
    {
        var error = Assert.Throws<FileNotFoundException>(
            () => AzuriteScript.Resolve(optionPath: null, environmentPath: "/nope/azurite.js", bakedPath: BakedPath()));

        Assert.Contains("(from WORKFLOWS_AZURITE_SCRIPT)", error.Message, StringComparison.Ordinal);
    }

    private static string? BakedPath() =>
        typeof(AzuriteProcess).Assembly
            .GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), inherit: false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "AzuriteScript")
            .Value;
}
