using Workflows.Durable;
using Workflows.Durable.CrashHost;

// A worker in a process of its own, for tests that kill it with SIGKILL at an arbitrary moment.
// Usage: Workflows.Durable.CrashHost <connection string> <task hub> <outbox lease in seconds>
if (args.Length != 3 || !int.TryParse(args[2], out int leaseSeconds))
{
    Console.Error.WriteLine("usage: Workflows.Durable.CrashHost <connection string> <task hub> <outbox lease in seconds>");
    return 2;
}

var hub = await DurableTaskHub.CreateAsync(args[0], args[1]);
await using var worker = hub.CreateWorker(
    KillableWorkflows.Register(new DurableTaskRegistry()),
    new DurableTaskWorkerOptions
    {
        MaxPollingDelay = TimeSpan.FromMilliseconds(100),
        OutboxLease = TimeSpan.FromSeconds(leaseSeconds),
        SweepInterval = TimeSpan.FromMilliseconds(500),
        MessageVisibilityTimeout = TimeSpan.FromSeconds(5),
    });
await worker.StartAsync(CancellationToken.None);
Console.WriteLine("worker started");
await Task.Delay(Timeout.Infinite);
return 0;
