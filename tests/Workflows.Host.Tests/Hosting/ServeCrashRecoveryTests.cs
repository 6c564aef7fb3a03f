using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Workflows.Host.Tests.Hosting;

/// <summary>
/// <c>serve</c> on its own Azurite with its data in a folder, killed with SIGKILL at several moments after answering
/// 202 to a move: once restarted on the same folder, every accepted move is in the cycle, each exactly once.
/// </summary>
public sealed class ServeCrashRecoveryTests : IDisposable
{
    private const string Cycle = "meeting:het-element:routeoverleg";
    private const string Key = "crash-test-key-0123456789abcdefGHIJKL";

    // Generous: after a kill the restarted worker may wait for the dead one's partition lease to run out.
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(6);

    private readonly string _work = Directory.CreateTempSubdirectory("serve-crash-").FullName;

    [Fact]
    public async Task A_move_answered_202_survives_kill_9_of_serve_at_several_moments_and_is_applied_exactly_once()
    {
        int[] ports = FreePorts.Pick(4);
        string location = Path.Combine(_work, "azurite-data");
        var environment = new Dictionary<string, string>
        {
            ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true",
            ["Workflows__ApiKey"] = Key,
            ["Workflows__DevStorage__BlobPort"] = ports[0].ToString(CultureInfo.InvariantCulture),
            ["Workflows__DevStorage__QueuePort"] = ports[1].ToString(CultureInfo.InvariantCulture),
            ["Workflows__DevStorage__TablePort"] = ports[2].ToString(CultureInfo.InvariantCulture),
            ["Workflows__DevStorage__Location"] = location,
        };
        string url = $"http://127.0.0.1:{ports[3]}";
        using var http = new HttpClient { BaseAddress = new Uri(url + "/") };
        http.DefaultRequestHeaders.Add("x-functions-key", Key);

        // Right after the answer, while the worker may have the event in hand, and once it has probably finished.
        TimeSpan[] killAfter = [TimeSpan.Zero, TimeSpan.FromMilliseconds(300), TimeSpan.FromMilliseconds(1500)];
        var moved = new Dictionary<string, string>();
        for (int round = 0; round <= killAfter.Length; round++)
        {
            // The file only the first time: later starts use what is stored, as after a crash.
            // The small sample: what is tested is the restart, not the size of the network.
            string[] args = round == 0 ? ["serve", CliRun.Sample("element.yaml"), "--urls", url] : ["serve", "--urls", url];
            using var serve = AppProcess.Start(args, environment, workingDirectory: _work);
            await serve.WaitForLineAsync("Listening on");
            var overrides = await WaitForCycleAsync(http, moved, serve);
            foreach (var (date, expected) in moved)
            {
                var single = Assert.Single(overrides, o => Field(o, "date") == date);
                Assert.Equal(expected, Field(single, "newDate"));
            }

            Assert.Equal(moved.Count, overrides.Count);
            if (round == killAfter.Length)
            {
                serve.Terminate();
                Assert.Equal(0, await serve.WaitForExitAsync());
                break;
            }

            string seriesDate = (await FutureSeriesDatesAsync(http))[round + 1];
            string newDate = DateOnly.ParseExact(seriesDate, "yyyy-MM-dd", CultureInfo.InvariantCulture).AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            using var move = await http.PostAsJsonAsync($"api/series/routeoverleg/occurrences/{seriesDate}/move", new { newDate, reason = "crash test" });
            Assert.Equal(HttpStatusCode.Accepted, move.StatusCode);
            moved[seriesDate] = newDate;
            await Task.Delay(killAfter[round]);
            serve.KillHard();

            // Its Azurite saves and exits on its own once it notices; a new one cannot start on its folder before.
            await WaitUntilAsync(() => Task.FromResult(DevStorageAutoStartTests.ProcessesMentioning(location).Count == 0), "the orphaned Azurite did not exit", serve);
        }
    }

    public void Dispose()
    {
        foreach (int pid in DevStorageAutoStartTests.ProcessesMentioning(_work))
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

    /// <summary>
    /// Waits until the cycle runs with at least the moves made so far among its overrides, and returns its overrides.
    /// </summary>
    private static async Task<List<JsonNode>> WaitForCycleAsync(HttpClient http, Dictionary<string, string> moved, AppProcess serve)
    {
        List<JsonNode> overrides = [];
        await WaitUntilAsync(
            async () =>
            {
                using var response = await http.GetAsync($"api/instances/{Uri.EscapeDataString(Cycle)}");
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    return false;
                }

                var instance = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
                Assert.NotEqual("Failed", instance["runtimeStatus"]?.GetValue<string>());
                overrides = Property(instance["input"], "overrides")?.AsArray().Select(o => o!).ToList() ?? [];
                return instance["runtimeStatus"]?.GetValue<string>() == "Running"
                    && moved.Keys.All(date => overrides.Any(o => Field(o, "date") == date));
            },
            "the cycle did not show every accepted move",
            serve);
        return overrides;
    }

    private static async Task<List<string>> FutureSeriesDatesAsync(HttpClient http)
    {
        string today = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        string to = DateTime.UtcNow.AddYears(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var json = JsonNode.Parse(await http.GetStringAsync($"api/series/routeoverleg/occurrences?from={today}&to={to}"))!;
        return [.. json["occurrences"]!.AsArray().Select(o => o!["start"]!.GetValue<string>()[..10])];
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> done, string what, AppProcess serve)
    {
        using var patience = new CancellationTokenSource(Patience);
        while (!await done())
        {
            if (patience.IsCancellationRequested)
            {
                throw new TimeoutException($"{what} within {Patience}.\nstdout:\n{serve.Stdout}\nstderr (last part):\n{Tail(serve.Stderr)}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500), CancellationToken.None);
        }
    }

    private static string Tail(string text) => text.Length > 8000 ? text[^8000..] : text;

    // The cycle's input is written by the durable runtime's serializer: its property casing is not the API's concern.
    private static JsonNode? Property(JsonNode? node, string name) =>
        node is JsonObject o ? o.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value : null;

    private static string? Field(JsonNode node, string name) => Property(node, name)?.GetValue<string>();
}
