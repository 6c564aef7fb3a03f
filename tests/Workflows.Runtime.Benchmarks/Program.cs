using System.CommandLine;
using System.CommandLine.Parsing;

namespace Workflows.Runtime.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/Workflows.Runtime.Benchmarks -- chain|fanout|events
/// --settings default|tuned|both [--orchestrations N] [--activities M]</c>, or <c>-- idle --settings … --minutes N</c>.
/// Runs Microsoft.DurableTask orchestrators on <c>AzureStorageRuntime</c> against a private in-memory Azurite.
/// Progress goes to stderr; the last stdout line is one JSON object with the results (with <c>both</c>: each
/// settings' line first, then a line comparing them).
/// </summary>
internal static class Program
{
    /// <summary>Long enough for the worker to stop, the hub to be deleted and Azurite to shut down after Ctrl+C.</summary>
    private static readonly TimeSpan CleanupAfterCancel = TimeSpan.FromSeconds(30);

    private static readonly string[] ScenarioNames = [.. Scenario.Names, IdleRun.Name];

    public static async Task<int> Main(string[] args)
    {
        var scenario = new Argument<string>("scenario") { Description = "What to run: " + string.Join(", ", ScenarioNames) };
        scenario.AcceptOnlyFromAmong(ScenarioNames);
        var settings = new Option<string>("--settings")
        {
            Description = "Provider settings from TaskHubSettings: default, tuned, or both (side by side, with ratios).",
            DefaultValueFactory = _ => SettingsNames.Both,
        };
        settings.AcceptOnlyFromAmong(SettingsNames.Default, SettingsNames.Tuned, SettingsNames.Both);
        var orchestrations = new Option<int?>("--orchestrations")
        {
            Description = "Instances (default: 20 for chain and events, 1 for fanout, 2 waiting on a timer for idle).",
        };
        var activities = new Option<int?>("--activities")
        {
            Description = "Activities (events, for 'events') per instance (default: 20 for chain and events, 500 for fanout).",
        };
        var minutes = new Option<double>("--minutes")
        {
            Description = "How long idle is counted (after a 45 s settling time).",
            DefaultValueFactory = _ => 2,
        };
        var azuriteLog = new Option<string?>("--azurite-log")
        {
            Description = "Have Azurite write its debug log to this file and compare its request count with ours (slows Azurite).",
        };
        var verbose = new Option<bool>("--verbose") { Description = "Also log the provider's information messages (stderr)." };
        orchestrations.Validators.Add(r => RequirePositive(r, r.GetValue(orchestrations)));
        activities.Validators.Add(r => RequirePositive(r, r.GetValue(activities)));
        minutes.Validators.Add(r => RequirePositive(r, r.GetValue(minutes)));

        var root = new RootCommand("Benchmarks Microsoft.DurableTask on the Azure Storage provider against Azurite.")
        {
            scenario, settings, orchestrations, activities, minutes, azuriteLog, verbose,
        };
        root.SetAction(async (parse, cancellationToken) =>
        {
            string name = parse.GetRequiredValue(scenario);
            var kind = name == IdleRun.Name ? null : Scenario.FromName(name);
            var options = new BenchmarkOptions(
                kind,
                SettingsNames.Parse(parse.GetRequiredValue(settings)),
                parse.GetValue(orchestrations) ?? kind?.DefaultOrchestrations ?? IdleRun.DefaultOrchestrations,
                parse.GetValue(activities) ?? kind?.DefaultActivities ?? 0,
                parse.GetValue(minutes),
                parse.GetValue(azuriteLog),
                parse.GetValue(verbose));
            try
            {
                var result = await BenchmarkRunner.RunAsync(options, cancellationToken);
                Console.Out.WriteLine(ResultJson.ToLine(result));
                return 0;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                Progress.Phase("cancelled");
                return 130;
            }
        });

        return await root.Parse(args).InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = CleanupAfterCancel });
    }

    private static void RequirePositive(OptionResult result, double? value)
    {
        if (value is <= 0)
        {
            result.AddError($"{result.Option.Name} must be more than 0.");
        }
    }
}
