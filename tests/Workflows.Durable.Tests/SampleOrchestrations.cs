namespace Workflows.Durable.Tests;

/// <summary>
/// A small orchestration in the shape of the platform's workflows (invite, wait for answers with a deadline,
/// decide, notify), whose recorded histories live in Histories/ and are replayed on every change.
/// </summary>
internal static class SampleOrchestrations
{
    public static DurableTaskRegistry Register(DurableTaskRegistry registry) => registry
        .AddActivityFunc<string[], int>("SendInvitations", (_, people) => people.Length)
        .AddActivityFunc<string, string>("Notify", (_, text) => $"sent: {text}")
        .AddOrchestratorFunc<string[], string>("ApprovalRound", async (ctx, people) =>
        {
            int invited = await ctx.CallActivityAsync<int>("SendInvitations", people);
            var answers = new List<string>();
            var deadline = ctx.CurrentUtcDateTime.AddDays(14);
            while (answers.Count < invited)
            {
                var left = deadline - ctx.CurrentUtcDateTime;
                if (left <= TimeSpan.Zero)
                {
                    break;
                }

                try
                {
                    answers.Add(await ctx.WaitForExternalEvent<string>("answer", left));
                }
                catch (TaskCanceledException)
                {
                    break;
                }
            }

            string decision = answers.Count(a => a == "yes") * 2 > invited ? "go" : "cancel";
            ctx.SetCustomStatus(new { decision, answers = answers.Count });
            await ctx.CallActivityAsync<string>("Notify", $"{decision} ({answers.Count}/{invited})");
            return decision;
        });
}
