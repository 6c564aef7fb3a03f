namespace Workflows.Durable.Benchmarks;

/// <summary>One run as asked for on the command line, defaults filled in.</summary>
/// <param name="Scenario">What the orchestrations do.</param>
/// <param name="Orchestrations">Instances started at once.</param>
/// <param name="Size">Activities (or events) per instance.</param>
/// <param name="ConnectionString">Storage account to use; null starts a private in-memory Azurite.</param>
/// <param name="Breakdown">Also print the measured phase's storage requests by kind (stderr).</param>
internal sealed record BenchmarkSettings(Scenario Scenario, int Orchestrations, int Size, string? ConnectionString, bool Breakdown);
