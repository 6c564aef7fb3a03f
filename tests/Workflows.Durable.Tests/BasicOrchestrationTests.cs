using Workflows.Testing;

namespace Workflows.Durable.Tests;

public sealed class BasicOrchestrationTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task Lambda_chain_of_activities_completes_with_composed_output()
    {
        await using var engine = await EngineHarness.StartAsync(azurite, r => r
            .AddActivityFunc<string, string>("Greet", (_, name) => $"Hallo {name}")
            .AddOrchestratorFunc<string[], string>("Chain", async (ctx, names) =>
            {
                var parts = new List<string>();
                foreach (string name in names)
                {
                    parts.Add(await ctx.CallActivityAsync<string>("Greet", name));
                }

                return string.Join(", ", parts);
            }));

        var result = await engine.RunAsync("Chain", new[] { "Ans", "Bert", "Cees" });

        Assert.Equal(OrchestrationRuntimeStatus.Completed, result.RuntimeStatus);
        Assert.Equal("Hallo Ans, Hallo Bert, Hallo Cees", result.ReadOutputAs<string>());
    }

    [Fact]
    public async Task Class_based_orchestrator_and_activity_are_resolved_by_type_name()
    {
        await using var engine = await EngineHarness.StartAsync(azurite, r => r
            .AddOrchestrator<SumOrchestrator>()
            .AddActivity<SquareActivity>());

        var result = await engine.RunAsync(nameof(SumOrchestrator), new[] { 1, 2, 3 });

        Assert.Equal(14, result.ReadOutputAs<int>());
    }

    [Fact]
    public async Task Fan_out_fan_in_collects_every_result()
    {
        await using var engine = await EngineHarness.StartAsync(azurite, r => r
            .AddActivity<SquareActivity>()
            .AddOrchestratorFunc<int, int>("FanOut", async (ctx, n) =>
            {
                var tasks = Enumerable.Range(1, n).Select(i => ctx.CallActivityAsync<int>(nameof(SquareActivity), i));
                return (await Task.WhenAll(tasks)).Sum();
            }));

        var result = await engine.RunAsync("FanOut", 120);

        Assert.Equal(Enumerable.Range(1, 120).Sum(i => i * i), result.ReadOutputAs<int>());
    }

    [Fact]
    public async Task Unhandled_exception_in_activity_fails_the_orchestration_with_details()
    {
        await using var engine = await EngineHarness.StartAsync(azurite, r => r
            .AddActivityFunc<string, string>("Boom", (_, _) => Throw("no mbo partner"))
            .AddOrchestratorFunc<string, string>("Fails", (ctx, _) => ctx.CallActivityAsync<string>("Boom")));

        var result = await engine.RunAsync("Fails");

        Assert.Equal(OrchestrationRuntimeStatus.Failed, result.RuntimeStatus);
        Assert.Equal(typeof(TaskFailedException).FullName, result.FailureDetails!.ErrorType);
        Assert.Contains("no mbo partner", result.FailureDetails.ErrorMessage, StringComparison.Ordinal);
        Assert.Equal(typeof(InvalidOperationException).FullName, result.FailureDetails.InnerFailure!.ErrorType);
    }

    [Fact]
    public async Task Orchestrator_can_catch_a_failed_activity_and_go_on()
    {
        await using var engine = await EngineHarness.StartAsync(azurite, r => r
            .AddActivityFunc<string, string>("Boom", (_, _) => Throw("kapot"))
            .AddOrchestratorFunc<string, string>("Catches", async (ctx, _) =>
            {
                try
                {
                    await ctx.CallActivityAsync<string>("Boom");
                    return "unreachable";
                }
                catch (TaskFailedException e) when (e.FailureDetails.IsCausedBy<InvalidOperationException>())
                {
                    return "handled: " + e.FailureDetails.ErrorMessage;
                }
            }));

        var result = await engine.RunAsync("Catches");

        Assert.Equal("handled: kapot", result.ReadOutputAs<string>());
    }

    [Fact]
    public async Task Unknown_orchestrator_fails_the_instance_with_a_clear_reason()
    {
        await using var engine = await EngineHarness.StartAsync(azurite, _ => { });

        var result = await engine.RunAsync("DoesNotExist");

        Assert.Equal(OrchestrationRuntimeStatus.Failed, result.RuntimeStatus);
        Assert.Equal("OrchestratorNotFound", result.FailureDetails!.ErrorType);
    }

    [Fact]
    public async Task Custom_status_is_visible_while_running_and_after()
    {
        await using var engine = await EngineHarness.StartAsync(azurite, r => r
            .AddOrchestratorFunc<string, string>("Status", async (ctx, _) =>
            {
                ctx.SetCustomStatus(new { phase = "wachten op rsvp" });
                return await ctx.WaitForExternalEvent<string>("go");
            }));
        string id = await engine.Client.ScheduleNewOrchestrationInstanceAsync("Status");

        var running = await engine.WaitUntilAsync(id, m => m.SerializedCustomStatus is not null);
        await engine.Client.RaiseEventAsync(id, "go", "klaar");
        var done = await engine.WaitAsync(id);

        Assert.Equal(OrchestrationRuntimeStatus.Running, running.RuntimeStatus);
        Assert.Contains("wachten op rsvp", running.SerializedCustomStatus, StringComparison.Ordinal);
        Assert.Equal("klaar", done.ReadOutputAs<string>());
        Assert.Contains("wachten op rsvp", done.SerializedCustomStatus, StringComparison.Ordinal);
    }

    private static string Throw(string message) => throw new InvalidOperationException(message);

    private sealed class SumOrchestrator : TaskOrchestrator<int[], int>
    {
        public override async Task<int> RunAsync(TaskOrchestrationContext context, int[] input)
        {
            int sum = 0;
            foreach (int i in input)
            {
                sum += await context.CallActivityAsync<int>(nameof(SquareActivity), i);
            }

            return sum;
        }
    }

    private sealed class SquareActivity : TaskActivity<int, int>
    {
        public override Task<int> RunAsync(TaskActivityContext context, int input) => Task.FromResult(input * input);
    }
}
