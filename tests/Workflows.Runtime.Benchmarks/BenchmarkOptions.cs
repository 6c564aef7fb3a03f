using Workflows.Runtime.AzureStorage;

namespace Workflows.Runtime.Benchmarks;

/// <summary>One invocation as asked for on the command line, defaults filled in.</summary>
/// <param name="Scenario">What the orchestrations do (null for idle).</param>
/// <param name="Tunings">The settings to run, in order (two for <c>--settings both</c>).</param>
/// <param name="Orchestrations">Instances started at once (idle: instances left waiting on a long timer).</param>
/// <param name="Size">Activities (or events) per instance.</param>
/// <param name="IdleMinutes">How long idle is measured.</param>
/// <param name="AzuriteLogPath">When set, Azurite writes its debug log there and the run checks its count against it.</param>
/// <param name="Verbose">Log the provider's information messages on stderr (warnings are always shown).</param>
internal sealed record BenchmarkOptions(
    Scenario? Scenario,
    IReadOnlyList<TaskHubTuning> Tunings,
    int Orchestrations,
    int Size,
    double IdleMinutes,
    string? AzuriteLogPath,
    bool Verbose)
{
    public string ScenarioName => Scenario?.Name ?? IdleRun.Name;

    public string SettingsName => Tunings.Count > 1 ? "both" : SettingsNames.Of(Tunings[0]);
}
