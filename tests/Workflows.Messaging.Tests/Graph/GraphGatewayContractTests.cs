using Workflows.Messaging.Tests.Contract;

namespace Workflows.Messaging.Tests.Graph;

/// <summary>The shared gateway contract, run against the Graph back-end: the real GraphServiceClient and the fake Graph server.</summary>
[Collection(GraphTestGroup.Name)]
public sealed class GraphGatewayContractTests : MessageGatewayContract
{
    protected override async Task<IMessageGatewayHarness> CreateHarnessAsync() =>
        new GraphContractHarness(await GraphHarness.StartAsync());
}
