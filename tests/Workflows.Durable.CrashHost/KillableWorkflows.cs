namespace Workflows.Durable.CrashHost;

/// <summary>The orchestration both the doomed worker process and the test's rescuing worker run.</summary>
public static class KillableWorkflows
{
    public const string Chain = "KillableChain";

    public static DurableTaskRegistry Register(DurableTaskRegistry registry) => registry
        .AddActivityFunc<int, int>("SlowStep", async (_, i) =>
        {
            await Task.Delay(15);
            return i;
        })
        .AddOrchestratorFunc<int, int>(Chain, async (ctx, n) =>
        {
            int sum = 0;
            for (int i = 1; i <= n; i++)
            {
                sum += await ctx.CallActivityAsync<int>("SlowStep", i);
            }

            return sum;
        });
}
