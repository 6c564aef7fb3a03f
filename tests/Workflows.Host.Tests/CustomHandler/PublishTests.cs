using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Workflows.Host.Cli;
using Workflows.Host.Tests.Hosting;
using Workflows.Testing;

namespace Workflows.Host.Tests.CustomHandler;

/// <summary>
/// <c>dotnet publish</c> of the host yields a folder the Functions host can run: host.json pointing at an
/// existing executable, one valid function.json per function, and that executable answering as the handler.
/// </summary>
[Collection("azurite")]
public sealed class PublishTests(AzuriteFixture azurite) : IDisposable
{
    private readonly string _publish = Directory.CreateTempSubdirectory("workflows-publish-").FullName;

    [Fact]
    public async Task The_published_folder_is_a_custom_handler_app_whose_executable_serves_its_functions()
    {
        var (exit, output) = await PublishAsync();
        Assert.True(exit == 0, output);

        using var hostJson = JsonDocument.Parse(File.ReadAllText(Path.Combine(_publish, "host.json")));
        var description = hostJson.RootElement.GetProperty("customHandler").GetProperty("description");
        string executable = Path.Combine(_publish, description.GetProperty("defaultExecutablePath").GetString()!);
        Assert.True(File.Exists(executable), $"{executable} is missing");
        Assert.True(OperatingSystem.IsWindows() || File.GetUnixFileMode(executable).HasFlag(UnixFileMode.UserExecute), $"{executable} is not executable");

        var (triggers, http) = await FunctionsJsonCommand.CatalogAsync();
        var folders = Directory.EnumerateDirectories(_publish).Where(d => File.Exists(Path.Combine(d, "function.json"))).Select(Path.GetFileName).Order().ToList();
        Assert.Equal(triggers.Select(t => t.Name).Concat(http.Select(f => f.Name)).Order(), folders);
        foreach (var trigger in triggers)
        {
            var binding = Assert.Single(Bindings(trigger.Name));
            Assert.Equal("in", binding.GetProperty("direction").GetString());
            Assert.Equal(trigger.BindingName, binding.GetProperty("name").GetString());
            if (trigger.Kind == Host.CustomHandler.TriggerKind.Timer)
            {
                Assert.Equal("timerTrigger", binding.GetProperty("type").GetString());
                Assert.Equal("0 */1 * * * *", binding.GetProperty("schedule").GetString());
            }
            else
            {
                Assert.Equal("queueTrigger", binding.GetProperty("type").GetString());
                Assert.Equal(trigger.QueueName, binding.GetProperty("queueName").GetString());
                Assert.Equal("AzureWebJobsStorage", binding.GetProperty("connection").GetString());
            }
        }

        foreach (var function in http)
        {
            var bindings = Bindings(function.Name);
            Assert.Equal(2, bindings.Count);
            Assert.Equal("httpTrigger", bindings[0].GetProperty("type").GetString());
            Assert.Contains(bindings[0].GetProperty("authLevel").GetString(), new[] { "function", "anonymous" });
            Assert.Equal(function.Route, bindings[0].GetProperty("route").GetString());
            Assert.Equal("http", bindings[1].GetProperty("type").GetString());
            Assert.Equal("out", bindings[1].GetProperty("direction").GetString());
        }

        // Start it the way the Functions host does and make the host's calls: the readiness ping, a timer tick.
        int port = FreePorts.Pick(1)[0];
        using var handler = AppProcess.Start(
            description.GetProperty("arguments").EnumerateArray().Select(a => a.GetString()!),
            new Dictionary<string, string>
            {
                ["FUNCTIONS_CUSTOMHANDLER_PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["AzureWebJobsStorage"] = azurite.ConnectionString,
                ["Workflows__TaskHub"] = "P" + Guid.NewGuid().ToString("N")[..12],
            },
            workingDirectory: _publish,
            executable: executable);
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        await WaitUntilListeningAsync(client, handler);
        using var tick = await client.PostAsJsonAsync("Housekeeping", HandlerHost.TimerPayload());
        using var health = await client.GetAsync("api/health");
        handler.Terminate();

        Assert.Equal(HttpStatusCode.OK, tick.StatusCode);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(0, await handler.WaitForExitAsync());
    }

    public void Dispose() => Directory.Delete(_publish, recursive: true);

    private List<JsonElement> Bindings(string function)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_publish, function, "function.json")));
        return [.. json.RootElement.GetProperty("bindings").EnumerateArray().Select(b => b.Clone())];
    }

    private async Task<(int Exit, string Output)> PublishAsync()
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string arg in new[] { "publish", Path.Combine(RepoPaths.Root(), "functions", "Workflows.Host", "Workflows.Host.csproj"), "-c", "Release", "-o", _publish, "--nologo" })
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }

    /// <summary>As the Functions host: any HTTP answer on the port means the handler is up.</summary>
    private static async Task WaitUntilListeningAsync(HttpClient client, AppProcess handler)
    {
        for (int attempt = 0; ; attempt++)
        {
            try
            {
                using var ping = await client.GetAsync("");
                return;
            }
            catch (HttpRequestException) when (attempt < 300)
            {
                await Task.Delay(100);
            }
            catch (HttpRequestException e)
            {
                throw new InvalidOperationException($"The handler never listened.\n{handler.Stderr}", e);
            }
        }
    }
}
