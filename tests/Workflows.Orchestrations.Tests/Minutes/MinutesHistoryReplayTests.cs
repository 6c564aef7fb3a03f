using Workflows.Orchestrations.Tests.Support;
using Workflows.Runtime.Replay;

namespace Workflows.Orchestrations.Tests.Minutes;

/// <summary>The minutes orchestration's recorded histories replay with today's code (../Meetings/Histories/README.md explains recordings).</summary>
public sealed class MinutesHistoryReplayTests
{
    public static TheoryData<string> Recorded() => HistoryRecorder.Files("Minutes");

    [Theory]
    [MemberData(nameof(Recorded))]
    public void A_recorded_minutes_run_replays_clean_against_todays_orchestrator(string file)
    {
        var result = HistoryReplayer.Replay(Replay.Options, HistoryRecorder.Read("Minutes", file));

        Assert.True(result.IsConsistent, result.Divergence);
    }
}
