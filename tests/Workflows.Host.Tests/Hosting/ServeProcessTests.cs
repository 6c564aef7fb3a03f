using System.Net;
using Azure.Data.Tables;
using Workflows.Testing;

namespace Workflows.Host.Tests.Hosting;

/// <summary><c>serve</c> as a real process: its port, its API key, its storage, and a clean stop on SIGTERM.</summary>
[Collection(ServeAzuriteCollectionDefinition.Name)]
public sealed class ServeProcessTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Serve_answers_on_its_port_enforces_the_api_key_lets_probes_in_and_exits_cleanly_on_SIGTERM()
    {
        int port = FreePorts.Pick(1)[0];
        string key = "test-key-" + Guid.NewGuid().ToString("N");
        string hub = "S" + Guid.NewGuid().ToString("N")[..12];
        using var serve = AppProcess.Start(
            ["serve", CliRun.Sample("profijt.yaml"), "--urls", $"http://127.0.0.1:{port}"],
            new Dictionary<string, string> { ["AzureWebJobsStorage"] = azurite.ConnectionString, ["Workflows__ApiKey"] = key, ["Workflows__TaskHub"] = hub });
        await serve.WaitForLineAsync("Listening on");
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };

        using var without = await http.GetAsync("api/series");
        using var wrong = await Get(http, "api/series", "not-the-key");
        using var with = await Get(http, "api/series", key);
        using var probe = await http.GetAsync("api/health");
        using var dashboard = await Get(http, "dashboard", key);
        using var noRedirects = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = http.BaseAddress };
        using var anonymousDashboard = await noRedirects.GetAsync("dashboard");
        var tables = new TableServiceClient(azurite.ConnectionString);
        bool hubMade = await TableExistsAsync(tables, hub + "Instances") && await TableExistsAsync(tables, hub + "History");
        string? cycle = await RunningMeetingCycleAsync(tables.GetTableClient(hub + "Instances"));
        serve.Terminate();
        int exit = await serve.WaitForExitAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, without.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, with.StatusCode);
        Assert.Equal(HttpStatusCode.OK, probe.StatusCode);
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Contains("Profijt", await dashboard.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("/dashboard/login", anonymousDashboard.Headers.Location?.OriginalString);
        Assert.Contains($"Dashboard: http://127.0.0.1:{port}/dashboard", serve.Stdout, StringComparison.Ordinal);
        Assert.True(hubMade, "serve did not create its task hub (the Instances and History tables) in the given storage");
        Assert.Equal("meeting:profijt:directieberaad", cycle);
        Assert.Equal(0, exit);
        Assert.DoesNotContain("API key", serve.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(key, serve.Stderr, StringComparison.Ordinal);
        Assert.False(FreePorts.Accepts(port), "the port still accepts connections after exit");
    }

    [Fact]
    public async Task Serve_with_a_weak_api_key_says_which_setting_and_how_to_make_one_and_exits_2()
    {
        using var serve = AppProcess.Start(
            ["serve", "--urls", $"http://127.0.0.1:{FreePorts.Pick(1)[0]}"],
            new Dictionary<string, string> { ["AzureWebJobsStorage"] = azurite.ConnectionString, ["Workflows__ApiKey"] = "known-key-123" });

        int exit = await serve.WaitForExitAsync();

        Assert.Equal(2, exit);
        Assert.Contains("Workflows:ApiKey", serve.Stderr, StringComparison.Ordinal);
        Assert.Contains("openssl rand -base64 32", serve.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("known-key-123", serve.Stderr + serve.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Listening on", serve.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_with_an_invalid_configuration_prints_every_error_located_and_exits_2()
    {
        using var serve = AppProcess.Start(
            ["serve", CliRun.Config("ten-mistakes.yaml"), "--urls", $"http://127.0.0.1:{FreePorts.Pick(1)[0]}"],
            new Dictionary<string, string> { ["AzureWebJobsStorage"] = azurite.ConnectionString });

        int exit = await serve.WaitForExitAsync();

        Assert.Equal(2, exit);
        Assert.True(serve.Stderr.Split('\n').Count(l => l.Contains("ten-mistakes.yaml:", StringComparison.Ordinal)) >= 10, serve.Stderr);
    }

    [Fact]
    public async Task A_wrong_identity_based_storage_setting_is_refused_instead_of_falling_back_to_development_storage()
    {
        using var serve = AppProcess.Start(
            ["serve", "--urls", $"http://127.0.0.1:{FreePorts.Pick(1)[0]}"],
            new Dictionary<string, string> { ["AzureWebJobsStorage__accountName"] = "stworkflows", ["AzureWebJobsStorage__credential"] = "password" });

        int exit = await serve.WaitForExitAsync();

        Assert.Equal(2, exit);
        Assert.Contains("AzureWebJobsStorage__credential", serve.Stderr, StringComparison.Ordinal);
    }

    /// <summary>
    /// The directieberaad's cycle once the provider's Instances table shows it Running (the worker took in its start),
    /// or null if it never does; the wait is only a guard against a hang.
    /// </summary>
    private static async Task<string?> RunningMeetingCycleAsync(TableClient instances)
    {
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        const string id = "meeting:profijt:directieberaad";
        while (!guard.IsCancellationRequested)
        {
            var row = await instances.GetEntityIfExistsAsync<TableEntity>(id, string.Empty, cancellationToken: CancellationToken.None);
            if (row.HasValue && row.Value!.GetString("RuntimeStatus") == "Running")
            {
                return id;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), CancellationToken.None);
        }

        return null;
    }

    private static Task<HttpResponseMessage> Get(HttpClient http, string path, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("x-functions-key", key);
        return http.SendAsync(request);
    }

    /// <summary>Whether the account has a table of that name (DTFx's task hub tables: <c>{hub}Instances</c>, <c>{hub}History</c>).</summary>
    internal static async Task<bool> TableExistsAsync(TableServiceClient tables, string name)
    {
        await foreach (var _ in tables.QueryAsync(t => t.Name == name))
        {
            return true;
        }

        return false;
    }
}
