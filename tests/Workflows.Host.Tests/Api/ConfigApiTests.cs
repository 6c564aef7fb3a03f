using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Workflows.Host.Api.Config;
using Workflows.Partnerships.Configuration;
using Workflows.Testing;

namespace Workflows.Host.Tests.Api;

[Collection(ConfigAzuriteCollectionDefinition.Name)]
public sealed class ConfigApiTests(AzuriteFixture azurite)
{
    private static readonly string Profijt = File.ReadAllText(CliRun.Sample("profijt.yaml"));
    private static readonly string TenMistakes = File.ReadAllText(CliRun.Config("ten-mistakes.yaml"));

    [Fact]
    public async Task No_configuration_is_404_problem_details()
    {
        await using var host = await ApiHost.StartAsync(azurite);

        await ApiHost.ProblemAsync(await host.Http.GetAsync(new Uri("/api/config", UriKind.Relative)), 404);
        await ApiHost.ProblemAsync(await host.Http.GetAsync(new Uri("/api/series", UriKind.Relative)), 404);
    }

    [Fact]
    public async Task A_valid_file_is_stored_summarised_and_served_back()
    {
        await using var host = await ApiHost.StartAsync(azurite);

        using var put = await host.Http.PutAsync(new Uri("/api/config", UriKind.Relative), ApiHost.Yaml(Profijt));
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var summary = await ApiHost.JsonAsync(put);
        Assert.Equal("profijt", summary.GetProperty("partnership").GetString());
        Assert.Equal(26, summary.GetProperty("organizations").GetInt32());
        Assert.Equal("2026-11-23", summary.GetProperty("validatedOn").GetString());

        using var get = await host.Http.GetAsync(new Uri("/api/config", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal("application/yaml", get.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Profijt, await get.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_file_with_errors_is_400_with_every_located_error_and_the_previous_file_stays()
    {
        await using var host = await ApiHost.StartAsync(azurite);
        (await host.Http.PutAsync(new Uri("/api/config", UriKind.Relative), ApiHost.Yaml(Profijt))).EnsureSuccessStatusCode();

        using var put = await host.Http.PutAsync(new Uri("/api/config", UriKind.Relative), ApiHost.Yaml(TenMistakes));

        var problem = await ApiHost.ProblemAsync(put, 400);
        var errors = problem.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!).ToList();
        var expected = PartnershipConfigLoader.Parse(TenMistakes, "config.yaml", new LocalDate(2026, 11, 23)).Errors.Select(e => e.ToString()).ToList();
        Assert.True(expected.Count >= 10, "the sample has at least ten mistakes");
        Assert.Equal(expected, errors);
        Assert.All(errors, e => Assert.Matches(@"^config\.yaml:\d+:\d+: .+", e));

        using var get = await host.Http.GetAsync(new Uri("/api/config", UriKind.Relative));
        Assert.Equal(Profijt, await get.Content.ReadAsStringAsync());
        Assert.Equal(1, await VersionCountAsync(host));
    }

    [Fact]
    public async Task A_first_file_with_errors_stores_nothing_at_all()
    {
        await using var host = await ApiHost.StartAsync(azurite);

        await ApiHost.ProblemAsync(await host.Http.PutAsync(new Uri("/api/config", UriKind.Relative), ApiHost.Yaml(TenMistakes)), 400);
        await ApiHost.ProblemAsync(await host.Http.PutAsync(new Uri("/api/config", UriKind.Relative), ApiHost.Yaml("")), 400);
        await ApiHost.ProblemAsync(await host.Http.PutAsync(new Uri("/api/config", UriKind.Relative), ApiHost.Yaml("partnership: [")), 400);

        await ApiHost.ProblemAsync(await host.Http.GetAsync(new Uri("/api/config", UriKind.Relative)), 404);
        Assert.Equal(0, await VersionCountAsync(host));
    }

    [Fact]
    public async Task Wrong_content_type_or_bytes_are_refused_before_reading()
    {
        await using var host = await ApiHost.StartAsync(azurite);

        await ApiHost.ProblemAsync(await host.Http.PutAsync(new Uri("/api/config", UriKind.Relative), new StringContent("{}", Encoding.UTF8, "application/json")), 415);
        using var latin1 = new ByteArrayContent([0x61, 0x3A, 0x20, 0xE9, 0xFF]);
        latin1.Headers.ContentType = new("text/plain");
        await ApiHost.ProblemAsync(await host.Http.PutAsync(new Uri("/api/config", UriKind.Relative), latin1), 400);
        await ApiHost.ProblemAsync(await host.Http.GetAsync(new Uri("/api/config", UriKind.Relative)), 404);
    }

    [Fact]
    public async Task A_replace_tells_the_listeners_old_and_new_and_keeps_every_version()
    {
        var listener = new RecordingListener();
        await using var host = await ApiHost.StartAsync(azurite, services => services.AddSingleton<IConfigChangeListener>(listener));
        string renamed = Profijt.Replace("  name: Profijt\n", "  name: Profijt Achterhoek\n", StringComparison.Ordinal);
        Assert.NotEqual(Profijt, renamed);

        (await host.Http.PutAsync(new Uri("/api/config", UriKind.Relative), ApiHost.Yaml(Profijt))).EnsureSuccessStatusCode();
        (await host.Http.PutAsync(new Uri("/api/config", UriKind.Relative), ApiHost.Yaml(renamed))).EnsureSuccessStatusCode();

        Assert.Collection(
            listener.Changes,
            first => { Assert.Null(first.Previous); Assert.Equal("Profijt", first.Current.Partnership.Name); },
            second => { Assert.Equal("Profijt", second.Previous!.Partnership.Name); Assert.Equal("Profijt Achterhoek", second.Current.Partnership.Name); });
        var store = host.Services.GetRequiredService<IPartnershipConfigStore>();
        Assert.Equal("Profijt Achterhoek", (await store.GetCurrentAsync())!.Config.Partnership.Name);
        Assert.Equal(2, await VersionCountAsync(host));
    }

    [Fact]
    public async Task A_failing_listener_does_not_undo_the_replace()
    {
        await using var host = await ApiHost.StartAsync(azurite, services => services.AddSingleton<IConfigChangeListener>(new ThrowingListener()));

        using var put = await host.Http.PutAsync(new Uri("/api/config", UriKind.Relative), ApiHost.Yaml(Profijt));

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(1, (await ApiHost.JsonAsync(put)).GetProperty("listenerFailures").GetInt32());
        Assert.Equal(Profijt, await host.Http.GetStringAsync(new Uri("/api/config", UriKind.Relative)));
    }

    [Fact]
    public async Task Readers_during_replaces_see_one_whole_file_or_the_other_never_a_mix()
    {
        await using var host = await ApiHost.StartAsync(azurite);
        string renamed = Profijt.Replace("  name: Profijt\n", "  name: Profijt Achterhoek\n", StringComparison.Ordinal);
        (await host.Http.PutAsync(new Uri("/api/config", UriKind.Relative), ApiHost.Yaml(Profijt))).EnsureSuccessStatusCode();
        var seen = new ConcurrentBag<string>();
        using var done = new CancellationTokenSource();

        var readers = Enumerable.Range(0, 3).Select(_ => Task.Run(async () =>
        {
            while (!done.IsCancellationRequested)
            {
                seen.Add(await host.Http.GetStringAsync(new Uri("/api/config", UriKind.Relative)));
            }
        })).ToList();
        for (int i = 0; i < 6; i++)
        {
            (await host.Http.PutAsync(new Uri("/api/config", UriKind.Relative), ApiHost.Yaml(i % 2 == 0 ? renamed : Profijt))).EnsureSuccessStatusCode();
        }

        await done.CancelAsync();
        await Task.WhenAll(readers);

        Assert.NotEmpty(seen);
        Assert.All(seen, text => Assert.True(text == Profijt || text == renamed, "a reader saw a file that was never uploaded"));
    }

    [Fact]
    public async Task Two_hosts_replacing_at_once_never_lose_an_update_silently()
    {
        await using var first = await ApiHost.StartAsync(azurite);
        await using var second = await ApiHost.StartAsync(azurite, hubName: first.HubName);
        var texts = Enumerable.Range(0, 8).Select(i => Profijt.Replace("  name: Profijt\n", $"  name: Profijt {i}\n", StringComparison.Ordinal)).ToList();

        var answers = await Task.WhenAll(texts.Select(async (text, i) =>
        {
            var host = i % 2 == 0 ? first : second;
            using var response = await host.Http.PutAsync(new Uri("/api/config", UriKind.Relative), ApiHost.Yaml(text));
            if (response.StatusCode != HttpStatusCode.OK)
            {
                await ApiHost.ProblemAsync(response, 409);
            }

            return (Text: text, Stored: response.StatusCode == HttpStatusCode.OK);
        }));

        var accepted = answers.Where(a => a.Stored).Select(a => a.Text).ToList();
        Assert.NotEmpty(accepted);
        Assert.Contains(await first.Http.GetStringAsync(new Uri("/api/config", UriKind.Relative)), accepted);
        Assert.Equal(accepted.Count, await VersionCountAsync(first));
    }

    [Fact]
    public async Task Storage_that_cannot_be_reached_is_a_500_problem_not_a_crash()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int closedPort = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        string unreachable = azurite.ConnectionString.Replace($":{azurite.Azurite.BlobPort}/", $":{closedPort}/", StringComparison.Ordinal);
        Assert.NotEqual(azurite.ConnectionString, unreachable);
        await using var host = await ApiHost.StartAsync(azurite, settings: new Dictionary<string, string?> { ["AzureWebJobsStorage"] = unreachable });

        using var response = await host.Http.GetAsync(new Uri("/api/config", UriKind.Relative));

        var problem = await ApiHost.ProblemAsync(response, 500);
        Assert.DoesNotContain("Exception", problem.GetRawText(), StringComparison.Ordinal);
    }

    private static string ContainerName(ApiHost host) => host.HubName.ToLowerInvariant() + "-config";

    private static async Task<int> VersionCountAsync(ApiHost host)
    {
        var container = new BlobServiceClient(host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Workflows.Host.Api.StorageOptions>>().Value.ConnectionString)
            .GetBlobContainerClient(ContainerName(host));
        if (!await container.ExistsAsync())
        {
            return 0;
        }

        int count = 0;
        await foreach (var _ in container.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, "versions/", CancellationToken.None))
        {
            count++;
        }

        return count;
    }

    private sealed class RecordingListener : IConfigChangeListener
    {
        public List<(PartnershipConfig? Previous, PartnershipConfig Current)> Changes { get; } = [];

        public Task OnConfigChangedAsync(PartnershipConfig? previous, PartnershipConfig current, CancellationToken cancellationToken)
        {
            Changes.Add((previous, current));
            return Task.CompletedTask;
        }
    }

    private sealed class ThrowingListener : IConfigChangeListener
    {
        public Task OnConfigChangedAsync(PartnershipConfig? previous, PartnershipConfig current, CancellationToken cancellationToken)
            => throw new InvalidOperationException("reconciliation failed");
    }
}
