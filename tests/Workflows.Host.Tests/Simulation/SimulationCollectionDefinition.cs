namespace Workflows.Host.Tests.Simulation;

/// <summary>
/// The simulated school years: each starts its own Azurite and keeps a core busy for seconds, so they run one after
/// another, beside the other collections rather than after them. The sample years are simulated once for all of them.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SimulationCollectionDefinition : ICollectionFixture<SimulatedYears>
{
    public const string Name = "simulation";
}
