using System.Text.Json;
using Xunit.Abstractions;

namespace Workflows.Functions.Tests;

/// <summary>
/// The publish for linux-x64 (what <c>azd up</c> deploys, there with <c>-c Release</c>) is a folder the Functions host can run: host.json
/// with the Durable Task settings, the generated functions.metadata and worker.config.json, the worker, and the host-side
/// extensions in <c>.azurefunctions/</c> (the Durable Task extension with DTFx's Azure Storage provider). No host runs
/// here (<c>func</c> cannot be installed on these machines), so this is proven by the folder's contents.
/// </summary>
public sealed class PublishTests(PublishFixture publish, ITestOutputHelper output) : IClassFixture<PublishFixture>
{
    [Fact]
    public void Publish_Succeeds()
    {
        output.WriteLine($"dotnet publish took {publish.Elapsed.TotalSeconds:F0} s");
        publish.AssertSucceeded();
    }

    [Fact]
    public void A_publish_without_a_runtime_is_for_linux_x64()
    {
        // No -r was given, as azd gives none: the project's own rule must make it a Linux package.
        publish.AssertSucceeded();
        using var deps = JsonDocument.Parse(File.ReadAllText(Path.Combine(publish.Folder, "Workflows.Functions.deps.json")));
        Assert.Equal(".NETCoreApp,Version=v10.0/linux-x64", deps.RootElement.GetProperty("runtimeTarget").GetProperty("name").GetString());
        Assert.False(File.Exists(Path.Combine(publish.Folder, "Workflows.Functions.exe")), "a Windows apphost in a Linux package");
    }

    [Fact]
    public void HostJson_IsTheRepositoryOne_WithTheDurableTaskSection()
    {
        publish.AssertSucceeded();
        var published = Path.Combine(publish.Folder, "host.json");
        Assert.True(File.Exists(published), "host.json is missing from the publish folder");
        Assert.Equal(File.ReadAllText(HostJsonTests.HostJsonPath()), File.ReadAllText(published));
        using var document = JsonDocument.Parse(File.ReadAllText(published));
        Assert.True(document.RootElement.GetProperty("extensions").TryGetProperty("durableTask", out _));
    }

    [Fact]
    public void FunctionsMetadata_HasTheOrchestratorTriggers()
    {
        publish.AssertSucceeded();
        var path = Path.Combine(publish.Folder, "functions.metadata");
        Assert.True(File.Exists(path), "functions.metadata is missing from the publish folder");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var functions = document.RootElement.EnumerateArray().ToList();
        Assert.NotEmpty(functions);
        var meetingCycle = Assert.Single(functions, f => f.GetProperty("name").GetString() == "MeetingCycle");
        Assert.Contains(
            meetingCycle.GetProperty("bindings").EnumerateArray(),
            b => b.GetProperty("type").GetString() == "orchestrationTrigger");
        Assert.All(functions, f => Assert.Equal("Workflows.Functions.dll", f.GetProperty("scriptFile").GetString()));
    }

    [Fact]
    public void WorkerConfig_StartsTheIsolatedWorker()
    {
        publish.AssertSucceeded();
        var path = Path.Combine(publish.Folder, "worker.config.json");
        Assert.True(File.Exists(path), "worker.config.json is missing from the publish folder");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var description = document.RootElement.GetProperty("description");
        Assert.Equal("dotnet-isolated", description.GetProperty("language").GetString());
        Assert.Equal("Workflows.Functions.dll", description.GetProperty("defaultWorkerPath").GetString());
        Assert.True(File.Exists(Path.Combine(publish.Folder, "Workflows.Functions.dll")), "Workflows.Functions.dll is missing");
        Assert.True(File.Exists(Path.Combine(publish.Folder, "Workflows.Functions.runtimeconfig.json")), "the worker's runtimeconfig is missing");
    }

    [Fact]
    public void HostExtensions_IncludeTheDurableTaskExtension_WithTheAzureStorageProvider()
    {
        publish.AssertSucceeded();
        var extensions = Path.Combine(publish.Folder, ".azurefunctions");
        Assert.True(Directory.Exists(extensions), ".azurefunctions/ is missing from the publish folder");
        Assert.True(File.Exists(Path.Combine(extensions, "function.deps.json")), ".azurefunctions/function.deps.json is missing");
        foreach (var assembly in new[]
        {
            "Microsoft.Azure.WebJobs.Extensions.DurableTask.dll",
            "DurableTask.AzureStorage.dll",
            "DurableTask.Core.dll",
            "Microsoft.Azure.Functions.Worker.Extensions.dll",
        })
        {
            Assert.True(File.Exists(Path.Combine(extensions, assembly)), $".azurefunctions/{assembly} is missing");
        }

        // extensions.json tells the host which startup types to load, and from where.
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(publish.Folder, "extensions.json")));
        var durable = Assert.Single(
            document.RootElement.GetProperty("extensions").EnumerateArray(),
            e => e.GetProperty("name").GetString() == "DurableTask");
        var hintPath = durable.GetProperty("hintPath").GetString()!;
        Assert.True(File.Exists(Path.Combine(publish.Folder, hintPath)), $"extensions.json points at {hintPath}, which is not there");
    }
}
