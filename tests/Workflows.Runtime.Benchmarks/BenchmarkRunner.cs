using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;

namespace Workflows.Runtime.Benchmarks;

/// <summary>
/// Runs what the command line asked for on one private Azurite and returns the JSON line to print last. With both
/// settings, each settings' own line is printed first and the last line compares them.
/// </summary>
internal static class BenchmarkRunner
{
    public static async Task<JsonObject> RunAsync(BenchmarkOptions options, CancellationToken cancellationToken)
    {
        using var loggerFactory = LoggerFactory.Create(logging => logging
            .SetMinimumLevel(options.Verbose ? LogLevel.Information : LogLevel.Warning)
            .AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace));
        Progress.Phase($"start: {options.ScenarioName}, settings {options.SettingsName}");

        var lines = new List<JsonObject>();
        var storage = await BenchStorage.StartAsync(options.AzuriteLogPath, cancellationToken);
        try
        {
            if (options.Scenario is null)
            {
                var results = await IdleRun.RunAsync(storage, options, loggerFactory, cancellationToken);
                lines.AddRange(results.Select(r => ResultJson.ToNode(r)));
            }
            else
            {
                foreach (var tuning in options.Tunings)
                {
                    var result = await ThroughputRun.RunAsync(storage, options, tuning, loggerFactory, cancellationToken);
                    lines.Add(ResultJson.ToNode(result));
                }
            }
        }
        finally
        {
            await storage.DisposeAsync();
        }

        JsonObject last;
        if (lines.Count == 1)
        {
            last = lines[0];
        }
        else
        {
            lines.ForEach(line => Console.Out.WriteLine(ResultJson.ToLine(line)));
            last = Comparison.Of(options.ScenarioName, lines[0], lines[1]);
        }

        if (options.AzuriteLogPath is not null)
        {
            last["azurite_log"] = AzuriteLogCheck.Compare(options.AzuriteLogPath, RequestCounter.AllTime);
        }

        return last;
    }
}
