using Workflows.Orchestrations.Tests.Support;
using Workflows.Runtime.Replay;

namespace Workflows.Orchestrations.Tests.Reviews;

/// <summary>The bestuur talk's recorded histories replay with today's code (Histories/README.md).</summary>
public sealed class ReviewHistoryReplayTests
{
    public static TheoryData<string> Recorded() => HistoryRecorder.Files("Reviews");

    [Theory]
    [MemberData(nameof(Recorded))]
    public void A_recorded_bestuur_talk_replays_clean_against_todays_orchestrator(string file)
    {
        var result = HistoryReplayer.Replay(Replay.Options, HistoryRecorder.Read("Reviews", file));

        Assert.True(result.IsConsistent, result.Divergence);
    }
}
