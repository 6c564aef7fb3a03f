namespace Workflows.Host.Tests.Hosting;

/// <summary>
/// One host for all tests of a class (a class fixture): started by the first test that asks, stopped after the class's
/// last test. Started lazily because the host needs the collection's Azurite, which an xunit 2 class fixture cannot
/// take in its constructor. Only for tests that leave nothing behind that another test of the class reads; a test that
/// changes the host's state (its key, a rate limit, a table it counts) starts a host of its own.
/// </summary>
public sealed class SharedHost : IAsyncLifetime
{
    private readonly Lock _lock = new();
    private Task<IAsyncDisposable>? _host;

    /// <summary>The class's host, started with <paramref name="start"/> on the first call (a failed start fails every test that asks).</summary>
    internal async Task<T> GetAsync<T>(Func<Task<T>> start)
        where T : class, IAsyncDisposable
    {
        lock (_lock)
        {
            _host ??= StartAsync(start);
        }

        return (T)await _host;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_host is { IsCompletedSuccessfully: true })
        {
            await (await _host).DisposeAsync();
        }

        _host = null;
    }

    private static async Task<IAsyncDisposable> StartAsync<T>(Func<Task<T>> start)
        where T : IAsyncDisposable
        => await start();
}
