using System.Net;
using System.Net.Sockets;

namespace Workflows.DevStorage.Tests;

public sealed class AzuriteStartFailureTests
{
    [Fact]
    public async Task MissingScript_ThrowsFileNotFoundNamingThePathAndTheOverride()
    {
        var path = Path.Combine(Path.GetTempPath(), "no-such-dir", "azurite.js");

        var error = await Assert.ThrowsAsync<FileNotFoundException>(
            () => AzuriteProcess.StartAsync(new AzuriteOptions { ScriptPath = path }));

        Assert.Equal(path, error.FileName);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("WORKFLOWS_AZURITE_SCRIPT", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScriptThatExits_ThrowsWithItsOutput_AndWasGivenTheSafeFlags()
    {
        using var directory = new TempDirectory();
        var script = directory.WriteFile(
            "exits.js", "console.error('not azurite: ' + process.argv.slice(2).join(' ')); process.exit(3);");

        var error = await Assert.ThrowsAsync<AzuriteStartException>(
            () => AzuriteProcess.StartAsync(new AzuriteOptions { ScriptPath = script }));

        Assert.Contains("exited while starting", error.Message, StringComparison.Ordinal);
        var output = Assert.Single(error.Output);
        Assert.StartsWith("not azurite: --blobHost 127.0.0.1", output, StringComparison.Ordinal);
        Assert.Contains("--disableTelemetry", output, StringComparison.Ordinal);
        Assert.Contains("--skipApiVersionCheck", output, StringComparison.Ordinal);
        Assert.Contains("--inMemoryPersistence", output, StringComparison.Ordinal);
        Assert.Contains(output, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScriptThatNeverListens_TimesOut_AndIsKilled()
    {
        // Whether node got as far as printing anything within the timeout depends on the machine's load, so the
        // test holds only what does not: the timeout's message and the child (known from the start) being gone.
        using var directory = new TempDirectory();
        var script = directory.WriteFile("hangs.js", "console.log('hanging'); setInterval(() => {}, 1000);");

        var error = await Assert.ThrowsAsync<AzuriteStartException>(() => AzuriteProcess.StartAsync(
            new AzuriteOptions { ScriptPath = script, StartupTimeout = TimeSpan.FromSeconds(2) }));

        Assert.Contains("did not accept connections", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.ProcessId);
        Assert.False(ProcessProbe.IsRunning(error.ProcessId.Value));
    }

    [Fact]
    public async Task FixedPortHeldByAnotherProcess_FailsAfterRetrying_WithAzuritesReason()
    {
        // Failing is decided by the number of clashes node reports, not by time: the timeout is only a hang guard,
        // generous enough for node to start four times on a machine loaded by other work.
        using var squatter = new TcpListener(IPAddress.Loopback, 0);
        squatter.Start();
        var port = ((IPEndPoint)squatter.LocalEndpoint).Port;

        var error = await Assert.ThrowsAsync<AzuriteStartException>(() => AzuriteProcess.StartAsync(
            new AzuriteOptions { BlobPort = port, StartupTimeout = TimeSpan.FromMinutes(3) }));

        Assert.Contains("in 4 attempts", error.Message, StringComparison.Ordinal);
        Assert.Contains("EADDRINUSE", error.Message, StringComparison.Ordinal);
        Assert.Contains($"blob {port}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NodeMissing_ThrowsAClearStartException()
    {
        var error = await Assert.ThrowsAsync<AzuriteStartException>(
            () => AzuriteProcess.StartAsync(new AzuriteOptions { NodePath = "/nonexistent/node" }));

        Assert.Contains("Could not run Node.js ('/nonexistent/node')", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HostThatIsNotAnAddress_IsRejectedBeforeStarting()
    {
        await Assert.ThrowsAsync<ArgumentException>(
            () => AzuriteProcess.StartAsync(new AzuriteOptions { Host = "localhost" }));
    }
}
