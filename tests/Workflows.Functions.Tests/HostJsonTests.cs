using System.Globalization;
using System.Text.Json;
using DurableTask.AzureStorage;
using Microsoft.Extensions.Logging.Abstractions;
using Workflows.Host.Hosting;
using Workflows.Runtime;
using Workflows.Runtime.AzureStorage;

namespace Workflows.Functions.Tests;

/// <summary>
/// One source of truth: the Functions app's host.json (repository root) carries the same task hub and Azure Storage
/// provider settings as the local runtime's <see cref="TaskHubSettings"/> (Tuned), under the names the Durable Task
/// extension reads (learn.microsoft.com, "Durable Functions settings in host.json"). What host.json cannot express is
/// listed in <see cref="TaskHubSettings"/>' remarks.
/// </summary>
public sealed class HostJsonTests
{
    private static readonly AzureStorageOrchestrationServiceSettings Tuned = TaskHubSettings.Create(
        StorageAccount.FromConnectionString(HostSettings.DevelopmentStorage),
        HostSettings.DefaultTaskHub,
        TaskHubTuning.Tuned,
        NullLoggerFactory.Instance);

    private readonly JsonElement _root;

    public HostJsonTests()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(HostJsonPath()));
        _root = document.RootElement.Clone();
    }

    private JsonElement DurableTask => _root.GetProperty("extensions").GetProperty("durableTask");

    private JsonElement StorageProvider => DurableTask.GetProperty("storageProvider");

    [Fact]
    public void Version_Is2()
    {
        Assert.Equal("2.0", _root.GetProperty("version").GetString());
    }

    [Fact]
    public void CustomHandlerAndExtensionBundle_AreGone()
    {
        // The isolated worker brings its extensions through the build's WorkerExtensions project; bundles are for
        // non-.NET apps (learn.microsoft.com, "Register Azure Functions binding extensions").
        Assert.False(_root.TryGetProperty("customHandler", out _));
        Assert.False(_root.TryGetProperty("extensionBundle", out _));
    }

    [Fact]
    public void RoutePrefix_IsEmpty_SoEveryRouteCarriesItsWholePath()
    {
        Assert.Equal(string.Empty, _root.GetProperty("extensions").GetProperty("http").GetProperty("routePrefix").GetString());
    }

    [Fact]
    public void HubName_IsTheHostsDefaultHub()
    {
        Assert.Equal(HostSettings.DefaultTaskHub, DurableTask.GetProperty("hubName").GetString());
        Assert.Equal(Tuned.TaskHubName, DurableTask.GetProperty("hubName").GetString());
    }

    [Fact]
    public void PartitionCount_IsTheTunedOne()
    {
        Assert.Equal(Tuned.PartitionCount, StorageProvider.GetProperty("partitionCount").GetInt32());
    }

    [Fact]
    public void MaxQueuePollingInterval_IsTheTunedOne()
    {
        var value = TimeSpan.Parse(StorageProvider.GetProperty("maxQueuePollingInterval").GetString()!, CultureInfo.InvariantCulture);
        Assert.Equal(Tuned.MaxQueuePollingInterval, value);
    }

    [Fact]
    public void ExtendedSessions_AreTheTunedOnes()
    {
        Assert.Equal(Tuned.ExtendedSessionsEnabled, DurableTask.GetProperty("extendedSessionsEnabled").GetBoolean());
        Assert.Equal(
            Tuned.ExtendedSessionIdleTimeout,
            TimeSpan.FromSeconds(DurableTask.GetProperty("extendedSessionIdleTimeoutInSeconds").GetInt32()));
    }

    [Fact]
    public void AppLease_IsTheTunedOne()
    {
        Assert.Equal(Tuned.UseAppLease, DurableTask.GetProperty("useAppLease").GetBoolean());
    }

    [Fact]
    public void PartitionManager_IsTheOneTheLocalRuntimeUses()
    {
        Assert.Equal(Tuned.UseTablePartitionManagement, StorageProvider.GetProperty("useTablePartitionManagement").GetBoolean());
    }

    [Fact]
    public void DurableTaskSection_HasOnlyTheSettingsThisTestChecks()
    {
        // A setting added to host.json without a counterpart here (and in TaskHubSettings) would drift unnoticed.
        Assert.Equal(
            ["extendedSessionIdleTimeoutInSeconds", "extendedSessionsEnabled", "hubName", "storageProvider", "useAppLease"],
            DurableTask.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(
            ["maxQueuePollingInterval", "partitionCount", "useTablePartitionManagement"],
            StorageProvider.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void LoggingAndSampling_AreAsBefore()
    {
        var logging = _root.GetProperty("logging");
        var levels = logging.GetProperty("logLevel");
        Assert.Equal("Information", levels.GetProperty("Function").GetString());
        Assert.Equal("Information", levels.GetProperty("Host.Results").GetString());
        var sampling = logging.GetProperty("applicationInsights").GetProperty("samplingSettings");
        Assert.True(sampling.GetProperty("isEnabled").GetBoolean());
        Assert.Equal(
            ["Exception", "Request"],
            sampling.GetProperty("excludedTypes").GetString()!.Split(';').Order(StringComparer.Ordinal));
        Assert.Equal("00:10:00", _root.GetProperty("functionTimeout").GetString());
    }

    [Fact]
    public void BuildOutput_CarriesTheSameHostJson()
    {
        // The Functions project links the root host.json into its output; the test project gets it from there.
        var copied = Path.Combine(AppContext.BaseDirectory, "host.json");
        Assert.True(File.Exists(copied), $"{copied} is missing: the Functions project no longer copies host.json to its output.");
        Assert.Equal(File.ReadAllText(HostJsonPath()), File.ReadAllText(copied));
    }

    internal static string HostJsonPath() => Path.Combine(RepositoryRoot(), "host.json");

    internal static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Workflows.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Workflows.sln above {AppContext.BaseDirectory}.");
    }
}
