using Azure;
using Azure.Core.Pipeline;
using Workflows.DevStorage;
using Workflows.Testing.Identity;

namespace Workflows.Durable.Tests;

/// <summary>
/// In Azure the storage account has shared-key access off: the engine must work with service URIs and an
/// Entra ID token alone. Azurite checks bearer tokens only over HTTPS, so these tests run a private one with TLS.
/// </summary>
public sealed class IdentityAccessTests : IAsyncLifetime
{
    private readonly LoopbackCertificate _certificate = LoopbackCertificate.Create();
    private AzuriteProcess? _azurite;

    public async Task InitializeAsync() => _azurite = await AzuriteProcess.StartAsync(new AzuriteOptions { Tls = _certificate.AzuriteTls() });

    public async Task DisposeAsync()
    {
        if (_azurite is not null)
        {
            await _azurite.StopAsync();
        }

        _certificate.Dispose();
    }

    [Fact]
    public async Task An_orchestration_runs_on_tokens_alone()
    {
        var credential = new FakeEntraCredential();
        var hub = await DurableTaskHub.CreateAsync(Account(credential), EngineHarness.UniqueHubName());
        var registry = new DurableTaskRegistry()
            .AddActivityFunc<string, string>("Greet", (_, name) => $"Hallo {name}")
            .AddOrchestratorFunc<string, string>("Hello", async (ctx, name) =>
                await ctx.CallActivityAsync<string>("Greet", name) + " en " + await ctx.CallActivityAsync<string>("Greet", "Het Element"));
        var worker = hub.CreateWorker(registry, EngineHarness.FastOptions());
        await worker.StartAsync(CancellationToken.None);

        var client = hub.CreateClient();
        var id = await client.ScheduleNewOrchestrationInstanceAsync("Hello", "Profijt");
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var done = await client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, cts.Token);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal("Hallo Profijt en Hallo Het Element", done.ReadOutputAs<string>());
        Assert.Contains("https://storage.azure.com/.default", credential.RequestedScopes);

        // The worker first: it still polls the hub's tables until it has stopped.
        await worker.DisposeAsync();
        await hub.DeleteAsync();
    }

    [Fact]
    public async Task An_expired_token_is_refused_by_the_emulator()
    {
        var expired = new FakeEntraCredential(lifetimeOffset: TimeSpan.FromHours(-3));

        var failure = await Assert.ThrowsAsync<RequestFailedException>(() => DurableTaskHub.CreateAsync(Account(expired), EngineHarness.UniqueHubName()));

        // Storage answers a bad token with 403 AuthenticationFailed, as Azure does.
        Assert.Equal(403, failure.Status);
        Assert.Contains("token is expired", failure.Message, StringComparison.Ordinal);
    }

    private StorageAccount Account(FakeEntraCredential credential)
    {
        var azurite = _azurite!;
        Assert.Equal(Uri.UriSchemeHttps, azurite.TableServiceUri.Scheme);
        var transport = new HttpClientTransport(_certificate.CreateTrustingHandler());
        return StorageAccount
            .FromIdentity(azurite.BlobServiceUri, azurite.QueueServiceUri, azurite.TableServiceUri, credential)
            .WithClientOptions(options => options.Transport = transport);
    }
}
