using Workflows.Orchestrations.Tests.Support;
using Workflows.Runtime.Replay;

namespace Workflows.Orchestrations.Tests.Subsidies;

/// <summary>The subsidy round's recorded histories replay with today's code (Histories/README.md).</summary>
public sealed class SubsidyHistoryReplayTests
{
    public static TheoryData<string> Recorded() => HistoryRecorder.Files("Subsidies");

    [Theory]
    [MemberData(nameof(Recorded))]
    public void A_recorded_subsidy_round_replays_clean_against_todays_orchestrator(string file)
    {
        var result = HistoryReplayer.Replay(Replay.Options, HistoryRecorder.Read("Subsidies", file));

        Assert.True(result.IsConsistent, result.Divergence);
    }
}
