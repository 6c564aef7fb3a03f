using Workflows.Messaging;
using Workflows.Orchestrations.Reviews;
using Workflows.Orchestrations.Tests.Support;
using Workflows.Testing;

namespace Workflows.Orchestrations.Tests.Reviews;

/// <summary>The bestuur talk's recorded scenario (Histories/README.md).</summary>
[Collection("azurite")]
public sealed class ConvenantReviewRecordingTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_bestuur_talk_is_invited_and_the_silent_participants_reminded()
    {
        await using var world = await VirtualWorld.StartAsync(azurite, TestPartnership.At(2027, 1, 15, 8), new ScriptedResponses(ResponseStatus.None));
        var convenant = TestPartnership.Convenant();
        await ConvenantReviewReconciler.ReconcileAsync(world.Client, null, TestPartnership.Config());
        string id = ConvenantSnapshots.InstanceId(TestPartnership.Id, "a-x");

        var talk = ReviewSchedule.TalkDate(convenant, 2027);
        await world.RunUntilAsync(ReviewSchedule.ReminderAt(convenant, talk).AddHours(1));

        var participants = "bea@vmbo-a.example dirk@vmbo-a.example max@mbo-x.example xena@mbo-x.example";
        var lines = (await world.TimelineAsync()).KindsAndRecipients();
        Assert.Equal(2, lines.Count);
        Assert.StartsWith(ReviewEvents.Invited, lines[0], StringComparison.Ordinal);
        Assert.StartsWith(ReviewEvents.Reminded, lines[1], StringComparison.Ordinal);
        Assert.All(participants.Split(' '), p => Assert.Contains(p, lines[1], StringComparison.Ordinal));
        HistoryRecorder.Keep(world.Options, await world.HistoryAsync(id), "convenant-review.invited-reminded.v1.json");
    }
}
