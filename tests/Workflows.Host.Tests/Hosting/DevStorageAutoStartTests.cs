using System.Net;
using Azure.Data.Tables;

namespace Workflows.Host.Tests.Hosting;

/// <summary>
/// <c>serve</c> with <c>UseDevelopmentStorage=true</c> and nothing listening starts its own Azurite (on ports
/// given by settings, so the test never needs the well-known 10000-10002), keeps its data in the configured
/// folder, and stops it on SIGTERM.
/// </summary>
public sealed class DevStorageAutoStartTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("serve-devstorage-").FullName;

    [Fact]
    public async Task Serve_starts_Azurite_for_development_storage_prints_a_generated_key_once_and_stops_both_on_SIGTERM()
    {
        int[] ports = FreePorts.Pick(4);
        string location = Path.Combine(_work, "azurite-data");
        using var serve = AppProcess.Start(
            ["serve", "--urls", $"http://127.0.0.1:{ports[3]}"],
            new Dictionary<string, string>
            {
                ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true",
                ["Workflows__DevStorage__BlobPort"] = ports[0].ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Workflows__DevStorage__QueuePort"] = ports[1].ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Workflows__DevStorage__TablePort"] = ports[2].ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Workflows__DevStorage__Location"] = location,
            },
            workingDirectory: _work);
        string keyLine = await serve.WaitForLineAsync("API key");
        await serve.WaitForLineAsync("Listening on");
        string key = keyLine[(keyLine.LastIndexOf(' ') + 1)..];
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{ports[3]}/") };
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/health");
        request.Headers.Add("x-functions-key", key);

        using var health = await http.SendAsync(request);
        var tables = new TableServiceClient($"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:{ports[2]}/devstoreaccount1;");
        bool hubTables = await ServeProcessTests.TableExistsAsync(tables, "WorkflowsInstances") && await ServeProcessTests.TableExistsAsync(tables, "WorkflowsHistory");
        serve.Terminate();
        int exit = await serve.WaitForExitAsync();

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.True(hubTables, "the task hub's Instances and History tables are not in the started Azurite");
        Assert.Equal(0, exit);
        Assert.Single(serve.Stdout.Split('\n'), l => l.Contains(key, StringComparison.Ordinal));
        Assert.DoesNotContain(key, serve.Stderr, StringComparison.Ordinal);
        Assert.NotEmpty(Directory.EnumerateFileSystemEntries(location));
        Assert.All(ports, p => Assert.False(FreePorts.Accepts(p), $"port {p} still accepts connections after exit"));
        Assert.Empty(ProcessesMentioning(location));
    }

    public void Dispose()
    {
        foreach (int pid in ProcessesMentioning(_work))
        {
            try
            {
                using var orphan = System.Diagnostics.Process.GetProcessById(pid);
                orphan.Kill(entireProcessTree: true);
            }
            catch (ArgumentException)
            {
                // Already gone.
            }
        }

        Directory.Delete(_work, recursive: true);
    }

    /// <summary>Processes whose command line names the folder: an Azurite left behind would.</summary>
    internal static List<int> ProcessesMentioning(string folder)
    {
        var found = new List<int>();
        foreach (string dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), out int pid) && pid != Environment.ProcessId)
            {
                try
                {
                    if (File.ReadAllText(Path.Combine(dir, "cmdline")).Contains(folder, StringComparison.Ordinal))
                    {
                        found.Add(pid);
                    }
                }
                catch (IOException)
                {
                    // The process ended while we looked.
                }
                catch (UnauthorizedAccessException)
                {
                }
            }
        }

        return found;
    }
}
