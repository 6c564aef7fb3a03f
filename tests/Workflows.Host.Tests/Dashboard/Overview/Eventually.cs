namespace Workflows.Host.Tests.Dashboard.Overview;

/// <summary>
/// Checks the effect of an action the dashboard queued: lets the runtime run what is due at the current virtual time
/// (the event's turn and whatever it set off), then the effect must be there.
/// </summary>
internal static class Eventually
{
    public static async Task UntilAsync(DashboardHost host, Func<Task<bool>> done, string what)
    {
        await host.DrainAsync();
        if (!await done())
        {
            throw new Xunit.Sdk.XunitException($"Never happened: {what}.");
        }
    }

    public static Task UntilAsync(DashboardHost host, Func<bool> done, string what) => UntilAsync(host, () => Task.FromResult(done()), what);
}
