using System.Net.Http.Json;
using System.Text.Json;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Microsoft.AspNetCore.Builder;
using Workflows.Durable;
using Workflows.Host.CustomHandler;
using Workflows.Host.Hosting;
using Workflows.Host.Tests.Hosting;

namespace Workflows.Host.Tests.CustomHandler;

/// <summary>How the test hands a queue message to the handler, as the Functions host may.</summary>
internal enum MessageEncoding
{
    /// <summary>Data.message is a JSON string holding the message JSON-encoded once more (the host's double encoding).</summary>
    Twice,

    /// <summary>Data.message is a JSON string holding the message text.</summary>
    Once,

    /// <summary>Data.message is the message parsed as a JSON object.</summary>
    Parsed,
}

/// <summary>
/// The real app in custom-handler mode on Kestrel on a free port, on its own task hub in the shared Azurite,
/// plus a stand-in for the Functions host: it reads the engine's queues and POSTs each message in the
/// documented payload to <c>/{FunctionName}</c>, deleting it only after a 2xx (as the host does).
/// </summary>
internal sealed class HandlerHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _handed;

    private HandlerHost(WebApplication app, DurableTaskHub hub, string connection, Uri address)
    {
        _app = app;
        Hub = hub;
        Http = new HttpClient { BaseAddress = address };
        var options = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.None };
        var triggers = FunctionCatalog.Triggers(hub.Name);
        ControlQueue = new QueueClient(connection, triggers.Single(t => t.Kind == TriggerKind.ControlQueue).QueueName, options);
        WorkQueue = new QueueClient(connection, triggers.Single(t => t.Kind == TriggerKind.WorkQueue).QueueName, options);
    }

    public DurableTaskHub Hub { get; }

    public IServiceProvider Services => _app.Services;

    public HttpClient Http { get; }

    public QueueClient ControlQueue { get; }

    public QueueClient WorkQueue { get; }

    public List<HttpResponseMessage> Replies { get; } = [];

    public static async Task<HandlerHost> StartAsync(string connection, Action<DurableTaskRegistry> workflows, TimeProvider? clock = null)
    {
        string hubName = "H" + Guid.NewGuid().ToString("N")[..12];
        var hub = await DurableTaskHub.CreateAsync(connection, hubName, clock);
        int port = FreePorts.Pick(1)[0];
        var app = WorkflowsApp.Build(new AppSetup(HostingMode.FunctionsHost)
        {
            Urls = [$"http://127.0.0.1:{port}"],
            Hub = hub,
            // As HandlerCommand does: every store of the app (links, configuration, outbox) on the hub's account.
            Storage = StorageAccount.FromConnectionString(connection),
            AddWorkflows = workflows,
        });
        await app.StartAsync();
        return new HandlerHost(app, hub, connection, new Uri($"http://127.0.0.1:{port}/"));
    }

    /// <summary>The documented queue-trigger request payload.</summary>
    public static object QueuePayload(string messageText, long dequeueCount, MessageEncoding encoding) => new Dictionary<string, object>
    {
        ["Data"] = new Dictionary<string, object>
        {
            ["message"] = encoding switch
            {
                MessageEncoding.Twice => JsonSerializer.Serialize(messageText),
                MessageEncoding.Once => messageText,
                _ => JsonDocument.Parse(messageText).RootElement.Clone(),
            },
        },
        ["Metadata"] = new Dictionary<string, object>
        {
            ["DequeueCount"] = dequeueCount,
            ["ExpirationTime"] = "2026-11-30T10:00:00+00:00",
            ["Id"] = Guid.NewGuid().ToString(),
            ["InsertionTime"] = "2026-11-23T10:00:00+00:00",
            ["NextVisibleTime"] = "2026-11-23T10:05:00+00:00",
            ["PopReceipt"] = "AgAAAAMAAAAAAAAAAgtnj8x+1QE=",
            ["sys"] = new Dictionary<string, object> { ["MethodName"] = "ControlQueue", ["UtcNow"] = "2026-11-23T10:00:00.1234567Z", ["RandGuid"] = Guid.NewGuid().ToString() },
        },
    };

    /// <summary>The documented timer-trigger request payload.</summary>
    public static object TimerPayload() => new Dictionary<string, object>
    {
        ["Data"] = new Dictionary<string, object>
        {
            ["timer"] = new Dictionary<string, object>
            {
                ["Schedule"] = new Dictionary<string, object> { ["AdjustForDST"] = true },
                ["ScheduleStatus"] = new Dictionary<string, object> { ["Last"] = "2026-11-23T10:00:00+00:00", ["Next"] = "2026-11-23T10:02:00+00:00", ["LastUpdated"] = "2026-11-23T10:01:00+00:00" },
                ["IsPastDue"] = false,
            },
        },
        ["Metadata"] = new Dictionary<string, object>
        {
            ["sys"] = new Dictionary<string, object> { ["MethodName"] = "Housekeeping", ["UtcNow"] = "2026-11-23T10:01:00.0012345Z", ["RandGuid"] = Guid.NewGuid().ToString() },
        },
    };

    public async Task<HttpResponseMessage> PostAsync(string function, object payload)
    {
        var reply = await Http.PostAsJsonAsync(function, payload);
        Replies.Add(reply);
        return reply;
    }

    /// <summary>
    /// Hands every visible message of both queues to its function until the instance is done. Message encodings
    /// rotate so every shape the host may send is exercised.
    /// </summary>
    public async Task<OrchestrationMetadata> DriveAsync(string instanceId)
    {
        var client = Hub.CreateClient();
        OrchestrationMetadata? done = null;
        await PumpAsync(async () => (done = await client.GetInstanceAsync(instanceId, getInputsAndOutputs: true)) is { IsCompleted: true }, idleRounds: 100);
        return done is { IsCompleted: true } ? done : throw new InvalidOperationException($"Instance {instanceId} did not finish: its messages stopped coming.");
    }

    /// <summary>Hands in messages until the queues stay empty for a while (an instance waiting on a timer).</summary>
    public Task DriveUntilIdleAsync() => PumpAsync(() => Task.FromResult(false), idleRounds: 10);

    private async Task PumpAsync(Func<Task<bool>> finished, int idleRounds)
    {
        int idle = 0;
        while (idle < idleRounds && !await finished())
        {
            bool moved = false;
            foreach (var (function, queue) in new[] { (FunctionCatalog.ControlQueueFunction, ControlQueue), (FunctionCatalog.WorkQueueFunction, WorkQueue) })
            {
                foreach (var message in (await queue.ReceiveMessagesAsync(32, TimeSpan.FromSeconds(30))).Value)
                {
                    var encoding = (MessageEncoding)(_handed++ % 3);
                    var reply = await PostAsync(function, QueuePayload(message.MessageText, message.DequeueCount, encoding));
                    if (reply.IsSuccessStatusCode)
                    {
                        await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
                    }

                    moved = true;
                }
            }

            idle = moved ? 0 : idle + 1;
            if (!moved)
            {
                await Task.Delay(50);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        foreach (var reply in Replies)
        {
            reply.Dispose();
        }

        await _app.StopAsync();
        await _app.DisposeAsync();
        await Hub.DeleteAsync();
    }
}
