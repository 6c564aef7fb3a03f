using Microsoft.DurableTask.Client;
using Workflows.Messaging;
using Workflows.Orchestrations.Links;
using Workflows.Orchestrations.Subsidies;
using Workflows.Orchestrations.Tests.Support;
using Workflows.Testing;

namespace Workflows.Orchestrations.Tests.Subsidies;

/// <summary>The subsidy round's recorded scenario (Histories/README.md).</summary>
[Collection("azurite")]
public sealed class SubsidyRoundRecordingTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_round_is_announced_reminded_answered_through_a_link_and_closed_at_its_deadline()
    {
        await using var world = await VirtualWorld.StartAsync(azurite, TestPartnership.At(2027, 2, 1, 8), new ScriptedResponses(ResponseStatus.None));
        await SubsidyRoundReconciler.ReconcileAsync(world.Client, null, TestPartnership.Config(), world.Clock);
        string id = SubsidyRoundSnapshots.InstanceId(TestPartnership.Id, "techniek-2027");

        await world.RunUntilAsync(TestPartnership.At(2027, 3, 2, 10));
        await world.Client.RaiseEventAsync(id, SubsidyEvents.Action, new ActionLinkEvent(SubsidyEvents.Applying, "dirk", world.Clock.GetUtcNow()), world.Token);
        await world.RunUntilAsync(TestPartnership.At(2027, 3, 16, 1));

        var kinds = (await world.TimelineAsync()).Select(e => e.Kind).Distinct().ToList();
        Assert.Equal([SubsidyEvents.Announced, SubsidyEvents.Reminded, SubsidyEvents.Acknowledged, SubsidyEvents.ApplicationShared, SubsidyEvents.Closed], kinds);
        var instance = await world.Client.GetInstanceAsync(id, world.Token);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, instance!.RuntimeStatus);
        HistoryRecorder.Keep(world.Options, await world.HistoryAsync(id), "subsidy-round.announced-reminded-answered-closed.v1.json");
    }
}
