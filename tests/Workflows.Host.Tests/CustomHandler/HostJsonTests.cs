using System.Text.Json;
using Workflows.Durable;
using Workflows.Host.Tests.Hosting;

namespace Workflows.Host.Tests.CustomHandler;

/// <summary>The repository's host.json agrees with the executable and the engine.</summary>
public sealed class HostJsonTests
{
    private static JsonElement HostJson() => JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root(), "host.json"))).RootElement;

    [Fact]
    public void The_custom_handler_starts_the_executable_in_handler_mode_and_forwards_http_requests()
    {
        var handler = HostJson().GetProperty("customHandler");

        Assert.Equal("2.0", HostJson().GetProperty("version").GetString());
        Assert.Equal("Workflows.Host", handler.GetProperty("description").GetProperty("defaultExecutablePath").GetString());
        Assert.Equal(["handler"], handler.GetProperty("description").GetProperty("arguments").EnumerateArray().Select(a => a.GetString()));
        Assert.True(handler.GetProperty("enableForwardingHttpRequest").GetBoolean());
        Assert.Equal("Microsoft.Azure.Functions.ExtensionBundle", HostJson().GetProperty("extensionBundle").GetProperty("id").GetString());
        Assert.Equal("[4.*, 5.0.0)", HostJson().GetProperty("extensionBundle").GetProperty("version").GetString());
    }

    [Fact]
    public void Queue_settings_match_the_engine_plain_text_messages_and_its_poison_count()
    {
        var queues = HostJson().GetProperty("extensions").GetProperty("queues");

        // The engine writes queue messages as plain text (no base64) and poisons on the delivery it is told is the last.
        Assert.Equal("none", queues.GetProperty("messageEncoding").GetString());
        Assert.Equal(new DurableTaskWorkerOptions().MaxDequeueCount, queues.GetProperty("maxDequeueCount").GetInt32());
        Assert.Equal("api", HostJson().GetProperty("extensions").GetProperty("http").GetProperty("routePrefix").GetString());
    }
}
