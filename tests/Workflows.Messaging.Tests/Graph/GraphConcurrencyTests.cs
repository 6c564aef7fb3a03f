namespace Workflows.Messaging.Tests.Graph;

[Collection(GraphTestGroup.Name)]
public sealed class GraphConcurrencyTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task AtMostFourRequestsPerMailbox_AreInFlight_WhileOtherMailboxesGoOn()
    {
        const string busy = GraphHarness.Organizer;
        const string other = "coordinator@element.example";
        await using var graph = await GraphHarness.StartAsync();
        Task[] sends;
        using (graph.Server.Hold(busy))
        {
            sends = Enumerable.Range(1, 10)
                .Select(i => (Task)graph.Gateway.SendMailAsync(GraphSamples.Mail($"mail-{i}")))
                .ToArray();
            Assert.True(await graph.Server.WaitForInFlightAsync(busy, 4, Patience), "four requests should reach the server");

            // Another mailbox is not held up by the busy one.
            await graph.Gateway.SendMailAsync(GraphSamples.Mail("other-1", from: other)).WaitAsync(Patience);

            Assert.Equal(4, graph.Server.InFlight(busy));
            Assert.Equal(4, graph.Server.Requests.Count(r => r.Mailbox == busy));
        }

        await Task.WhenAll(sends).WaitAsync(Patience);
        Assert.Equal(4, graph.Server.MaxInFlight(busy));
        Assert.Equal(10, graph.Server.Requests.Count(r => r.Mailbox == busy));
        Assert.Equal(10, graph.Server.Mails.Count(m => m.Mailbox == busy));
        Assert.Single(graph.Server.Mails, m => m.Mailbox == other);
    }

    [Fact]
    public async Task TheCapFollowsTheOption()
    {
        await using var graph = await GraphHarness.StartAsync(o => o with { MaxConcurrentRequestsPerMailbox = 2 });
        Task[] sends;
        using (graph.Server.Hold(GraphHarness.Organizer))
        {
            sends = Enumerable.Range(1, 5).Select(i => (Task)graph.Gateway.SendMailAsync(GraphSamples.Mail($"mail-{i}"))).ToArray();
            Assert.True(await graph.Server.WaitForInFlightAsync(GraphHarness.Organizer, 2, Patience));
            await graph.Gateway.SendMailAsync(GraphSamples.Mail("other", from: "someone@element.example")).WaitAsync(Patience);
            Assert.Equal(2, graph.Server.Requests.Count(r => r.Mailbox == GraphHarness.Organizer));
        }

        await Task.WhenAll(sends).WaitAsync(Patience);
        Assert.Equal(2, graph.Server.MaxInFlight(GraphHarness.Organizer));
    }
}
