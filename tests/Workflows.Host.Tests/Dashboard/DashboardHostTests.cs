using Workflows.Testing;

namespace Workflows.Host.Tests.Dashboard;

/// <summary>
/// A test class whose tests each get their own dashboard host (xunit makes a class instance per test): the Profijt
/// sample with its responses, started on 1 August 2026 and brought to where the class needs it by <see cref="PrepareAsync"/>.
/// </summary>
public abstract class DashboardHostTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private DashboardHost? _host;

    internal DashboardHost Host => _host ?? throw new InvalidOperationException("The host starts in InitializeAsync.");

    public async Task InitializeAsync()
    {
        _host = await DashboardHost.StartAsync(azurite);
        await PrepareAsync(_host);
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    /// <summary>What the class's tests start from (run the clock, wait for the workflows): nothing by default.</summary>
    private protected virtual Task PrepareAsync(DashboardHost host) => Task.CompletedTask;
}
