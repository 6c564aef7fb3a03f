using System.Diagnostics;
using System.Security;

namespace Workflows.Infra.Tests;

/// <summary>
/// Runs Bicep.targets (the gate this project's own build passes through) on scratch infra
/// folders with the real Bicep CLI and MSBuild, to prove it fails on diagnostics Bicep itself
/// only warns about and exits 0 for.
/// </summary>
public sealed class BicepBuildGateTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("bicep-gate-").FullName;

    [Fact]
    public async Task CleanTemplate_PassesAndIsCompiled()
    {
        var result = await RunGateAsync("""
            param location string
            output where string = location
            """);

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.True(File.Exists(Path.Combine(_directory, "out", "main.json")));
    }

    [Fact]
    public async Task LinterWarning_FailsTheBuildAndLeavesNoOutput()
    {
        var result = await RunGateAsync("""
            param unused string
            """);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("no-unused-params", result.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_directory, "out")));
    }

    [Fact]
    public async Task TypeWarning_FailsTheBuild()
    {
        // A wrongly typed resource property is only a warning (BCP036) to Bicep.
        var result = await RunGateAsync("""
            param location string
            resource account 'Microsoft.Storage/storageAccounts@2024-01-01' = {
              name: 'stgatetest'
              location: location
              kind: 'StorageV2'
              sku: {
                name: 'Standard_LRS'
              }
              properties: {
                allowSharedKeyAccess: 'no'
              }
            }
            """);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("BCP036", result.Output, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private async Task<(int ExitCode, string Output)> RunGateAsync(string bicep)
    {
        var infra = Directory.CreateDirectory(Path.Combine(_directory, "infra")).FullName;
        await File.WriteAllTextAsync(Path.Combine(infra, "main.bicep"), bicep + "\n");
        var project = Path.Combine(_directory, "gate.proj");
        await File.WriteAllTextAsync(project, $"""
            <Project>
              <PropertyGroup>
                <BicepPath>{Xml(RepositoryPaths.BicepPath)}</BicepPath>
                <BicepSourceDirectory>{Xml(infra)}/</BicepSourceDirectory>
                <BicepConfigFile>{Xml(Path.Combine(_directory, "bicepconfig.json"))}</BicepConfigFile>
                <BicepOutputDirectory>{Xml(Path.Combine(_directory, "out"))}/</BicepOutputDirectory>
              </PropertyGroup>
              <Import Project="{Xml(RepositoryPaths.BicepTargets)}" />
            </Project>
            """);

        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _directory,
        };
        // -nr:false: no MSBuild node may outlive the test.
        foreach (var argument in new[] { "msbuild", project, "-t:CheckBicep", "-nologo", "-nr:false", "-v:m" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await output + await error);
    }

    private static string Xml(string text) => SecurityElement.Escape(text);
}
