namespace Workflows.Host.Tests.Dashboard.Overview;

/// <summary>
/// Waits for the effect of an action the dashboard queued. <see cref="DashboardHost.DrainAsync"/> alone is not
/// enough: the driver counts a cycle that waits for a later time as idle, even while an event raised to it is
/// still on its way; so poll for the effect, then drain what it set off.
/// </summary>
internal static class Eventually
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    public static async Task UntilAsync(DashboardHost host, Func<Task<bool>> done, string what)
    {
        using var cts = new CancellationTokenSource(Patience);
        while (!await done())
        {
            if (cts.IsCancellationRequested)
            {
                throw new Xunit.Sdk.XunitException($"Never happened: {what}.");
            }

            await Task.Delay(50, CancellationToken.None);
        }

        await host.DrainAsync();
    }

    public static Task UntilAsync(DashboardHost host, Func<bool> done, string what) => UntilAsync(host, () => Task.FromResult(done()), what);
}
