using System.Diagnostics;
using Workflows.Durable.CrashHost;
using Workflows.Testing;

namespace Workflows.Durable.Tests;

/// <summary>The real thing behind the checkpoint-step crashes: a worker process killed with SIGKILL mid-chain.</summary>
public sealed class ProcessKillTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task Worker_process_killed_twice_mid_chain_loses_nothing_and_repeats_no_step()
    {
        await using var engine = await EngineHarness.StartAsync(azurite, r => KillableWorkflows.Register(r), startWorker: false);
        string id = await engine.Client.ScheduleNewOrchestrationInstanceAsync(KillableWorkflows.Chain, 80);

        foreach (int killAfter in new[] { 10, 35 })
        {
            using var process = StartWorkerProcess(engine.Hub.Name);
            try
            {
                await engine.WaitForHistoryAsync(id, h => h.Count(e => e.EventType == "TaskCompleted") >= killAfter, TimeSpan.FromSeconds(60));
            }
            finally
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        }

        var killedAt = (await engine.Client.GetInstanceAsync(id))!;
        await engine.StartWorkerAsync();
        var result = await engine.WaitAsync(id, TimeSpan.FromSeconds(60));

        Assert.Equal(OrchestrationRuntimeStatus.Running, killedAt.RuntimeStatus);
        Assert.Equal(Enumerable.Range(1, 80).Sum(), result.ReadOutputAs<int>());
        var history = await engine.Client.GetInstanceHistoryAsync(id);
        Assert.Equal(80, history.Count(e => e.EventType == "TaskCompleted"));
        Assert.Equal(80, history.Count(e => e.EventType == "TaskScheduled"));
    }

    private Process StartWorkerProcess(string hub)
    {
        string dll = Path.Combine(AppContext.BaseDirectory, "Workflows.Durable.CrashHost.dll");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(dll);
        info.ArgumentList.Add(azurite.ConnectionString);
        info.ArgumentList.Add(hub);

        // A killed process's in-flight step is recovered once its outbox row is older than the lease.
        info.ArgumentList.Add("1");
        var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start the worker process.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
