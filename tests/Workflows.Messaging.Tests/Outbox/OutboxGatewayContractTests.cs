using Workflows.Messaging.Tests.Contract;
using Workflows.Testing;

namespace Workflows.Messaging.Tests.Outbox;

/// <summary>The shared gateway contract, run against the outbox on Azurite and a temp directory.</summary>
[Collection("azurite")]
public sealed class OutboxGatewayContractTests(AzuriteFixture azurite) : MessageGatewayContract
{
    protected override Task<IMessageGatewayHarness> CreateHarnessAsync() =>
        Task.FromResult<IMessageGatewayHarness>(new OutboxHarness(azurite.ConnectionString));
}
