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
        // Empty: each function's route carries its whole path, so /api/… and /dashboard/… are both served.
        Assert.Equal("", HostJson().GetProperty("extensions").GetProperty("http").GetProperty("routePrefix").GetString());
    }

    [Fact]
    public void A_short_storage_outage_does_not_use_up_a_messages_deliveries()
    {
        // A failed invocation comes back after visibilityTimeout. A storage error does not count as poison in the
        // engine, but the host still moves the message to its poison queue after maxDequeueCount deliveries, where
        // nothing reads it and its instance waits for ever; so those deliveries must outlast a storage hiccup.
        var queues = HostJson().GetProperty("extensions").GetProperty("queues");
        var visibility = TimeSpan.Parse(queues.GetProperty("visibilityTimeout").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        int deliveries = queues.GetProperty("maxDequeueCount").GetInt32();

        Assert.True(visibility * (deliveries - 1) >= TimeSpan.FromMinutes(2), $"{deliveries} deliveries {visibility} apart span less than two minutes");
    }
}
