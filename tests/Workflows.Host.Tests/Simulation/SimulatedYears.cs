using System.Collections.Concurrent;

namespace Workflows.Host.Tests.Simulation;

/// <summary>
/// The sample school years (2026-08-01 to 2027-07-31) simulated once per test run and read by every test that only
/// reads them: a year of Profijt's thirteen series costs seconds of a core, and several tests look at the same year
/// from different sides (shape, Dutch texts, working days). Tests that change or rerun an out directory keep their own.
/// </summary>
public sealed class SimulatedYears : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("wf-years-").FullName;
    private readonly ConcurrentDictionary<string, Lazy<Task<SimulatedYear>>> _runs = new(StringComparer.Ordinal);

    /// <summary>The year of sample <paramref name="config"/>, with sample <paramref name="responses"/> when given.</summary>
    public Task<SimulatedYear> GetAsync(string config, string? responses) =>
        _runs.GetOrAdd($"{config}+{responses}", key => new Lazy<Task<SimulatedYear>>(() => RunAsync(key, config, responses))).Value;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private async Task<SimulatedYear> RunAsync(string key, string config, string? responses)
    {
        string directory = Path.Combine(_root, key.Replace('+', '_'));
        string[] args = ["simulate", CliRun.Sample(config), "--from", "2026-08-01", "--to", "2027-07-31", "--out", directory];
        if (responses is not null)
        {
            args = [.. args, "--responses", CliRun.Sample(responses)];
        }

        var (exit, output, error) = await CliRun.InProcessAsync(args);
        return new SimulatedYear(exit, output, error, directory);
    }
}
