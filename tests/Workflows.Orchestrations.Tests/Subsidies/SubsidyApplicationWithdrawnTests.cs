using Workflows.Messaging;
using Workflows.Orchestrations.Links;
using Workflows.Orchestrations.Subsidies;
using Workflows.Orchestrations.Tests.Support;
using Workflows.Testing;

namespace Workflows.Orchestrations.Tests.Subsidies;

/// <summary>"We vragen aan" changed to "niet voor ons": those told of the application hear it is withdrawn, once.</summary>
[Collection("azurite")]
public sealed class SubsidyApplicationWithdrawnTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task An_application_changed_to_not_for_us_is_withdrawn_to_everyone_told_of_it_once()
    {
        await using var world = await VirtualWorld.StartAsync(azurite, TestPartnership.At(2027, 2, 1, 8), new ScriptedResponses(ResponseStatus.None));
        string id = SubsidyRoundSnapshots.InstanceId(TestPartnership.Id, "techniek-2027");
        await SubsidyRoundReconciler.ReconcileAsync(world.Client, null, TestPartnership.Config(), world.Clock);
        await world.RunUntilAsync(TestPartnership.At(2027, 3, 2, 10));

        foreach (string action in new[] { SubsidyEvents.Applying, SubsidyEvents.Declined, SubsidyEvents.Declined })
        {
            await world.Client.RaiseEventAsync(id, SubsidyEvents.Action, new ActionLinkEvent(action, "dirk", world.Clock.GetUtcNow()), world.Token);
            await world.DrainAsync();
        }

        var timeline = await world.TimelineAsync();
        var shared = Assert.Single(timeline, e => e.Kind == SubsidyEvents.ApplicationShared);
        var withdrawn = Assert.Single(timeline, e => e.Kind == SubsidyEvents.ApplicationWithdrawn);
        Assert.Equal(shared.Recipients, withdrawn.Recipients);
        Assert.Equal("Vmbo A", withdrawn.Reason);

        var mail = Assert.Single(await world.Services.Gateway.ListAsync(world.Token), r => r.Labels.Kind == SubsidyEvents.ApplicationWithdrawn);
        Assert.Equal("Vmbo A dient toch geen aanvraag in: Techniekroutes 2027", mail.Subject);
        Assert.Equal(["coco@proef.example", "daan@vmbo-b.example", "xena@mbo-x.example", "yuri@mbo-y.example"], mail.Recipients.Order(StringComparer.Ordinal));
    }
}
