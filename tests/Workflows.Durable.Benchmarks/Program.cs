using System.CommandLine;

namespace Workflows.Durable.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/Workflows.Durable.Benchmarks -- &lt;chain|fanout|events&gt;
/// [--orchestrations N] [--activities M] [--connection CS] [--breakdown]</c>. Progress goes to stderr; the last stdout line is
/// one JSON object with the results.
/// </summary>
internal static class Program
{
    /// <summary>Long enough for the worker to stop, the hub to be deleted and Azurite to shut down after Ctrl+C.</summary>
    private static readonly TimeSpan CleanupAfterCancel = TimeSpan.FromSeconds(30);

    public static async Task<int> Main(string[] args)
    {
        var scenario = new Argument<string>("scenario") { Description = "What to run: " + string.Join(", ", Scenario.Names) };
        scenario.AcceptOnlyFromAmong([.. Scenario.Names]);
        var orchestrations = new Option<int?>("--orchestrations") { Description = "Orchestration instances (default: 20 for chain and events, 1 for fanout)." };
        var activities = new Option<int?>("--activities") { Description = "Activities (events for 'events') per orchestration (default: 20 for chain and events, 500 for fanout)." };
        var connection = new Option<string?>("--connection") { Description = "Azure Storage connection string; without it an in-memory Azurite is started and stopped." };
        var breakdown = new Option<bool>("--breakdown") { Description = "Also print the measured phase's storage requests by kind (worker and client) on stderr." };
        orchestrations.Validators.Add(r => RequirePositive(r, orchestrations));
        activities.Validators.Add(r => RequirePositive(r, activities));

        var root = new RootCommand("Benchmarks the durable engine against Azure Storage (or Azurite).") { scenario, orchestrations, activities, connection, breakdown };
        root.SetAction(async (parse, cancellationToken) =>
        {
            var kind = Scenario.FromName(parse.GetRequiredValue(scenario));
            var settings = new BenchmarkSettings(
                kind,
                parse.GetValue(orchestrations) ?? kind.DefaultOrchestrations,
                parse.GetValue(activities) ?? kind.DefaultActivities,
                parse.GetValue(connection),
                parse.GetValue(breakdown));
            try
            {
                var result = await BenchmarkRunner.RunAsync(settings, cancellationToken);
                Console.Out.WriteLine(result.ToJson());
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

    private static void RequirePositive(System.CommandLine.Parsing.OptionResult result, Option<int?> option)
    {
        if (result.GetValue(option) is <= 0)
        {
            result.AddError($"{option.Name} must be at least 1.");
        }
    }
}
