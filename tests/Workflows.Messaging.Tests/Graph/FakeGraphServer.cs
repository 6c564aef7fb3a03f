using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Workflows.Messaging.Tests.Graph;

/// <summary>
/// A small stand-in for Microsoft Graph on Kestrel (127.0.0.1, free port): records every request, keeps events and sent
/// mail in memory, de-duplicates creates by <c>transactionId</c> like Graph, and can be told to throttle, fail, answer
/// late or hold requests so the real <c>GraphServiceClient</c> meets those situations over real HTTP.
/// </summary>
internal sealed partial class FakeGraphServer : IAsyncDisposable
{
    private readonly Lock sync = new();
    private readonly List<RecordedRequest> requests = [];
    private readonly List<FakeGraphEvent> events = [];
    private readonly List<(string Mailbox, JsonObject Body)> mails = [];
    private readonly List<FakeFault> faults = [];
    private readonly Dictionary<string, int> inFlight = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> maxInFlight = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TaskCompletionSource> holds = new(StringComparer.Ordinal);
    private WebApplication? app;
    private int counter;

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>When set, the next newly created event is stored at once but answered only after this delay.</summary>
    public TimeSpan? DelayNextCreateReply { get; set; }

    public static async Task<FakeGraphServer> StartAsync()
    {
        var server = new FakeGraphServer();
        await server.StartCoreAsync();
        return server;
    }

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (sync)
            {
                return [.. requests];
            }
        }
    }

    public IReadOnlyList<FakeGraphEvent> Events
    {
        get
        {
            lock (sync)
            {
                return [.. events];
            }
        }
    }

    public IReadOnlyList<(string Mailbox, JsonObject Body)> Mails
    {
        get
        {
            lock (sync)
            {
                return [.. mails];
            }
        }
    }

    public void AddFault(FakeFault fault)
    {
        lock (sync)
        {
            faults.Add(fault);
        }
    }

    /// <summary>Requests to <paramref name="mailbox"/> wait (counted as in flight) until the returned handle is disposed.</summary>
    public IDisposable Hold(string mailbox)
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (sync)
        {
            holds[mailbox] = gate;
        }

        return new Release(() =>
        {
            lock (sync)
            {
                holds.Remove(mailbox);
            }

            gate.TrySetResult();
        });
    }

    public int InFlight(string mailbox)
    {
        lock (sync)
        {
            return inFlight.GetValueOrDefault(mailbox);
        }
    }

    public int MaxInFlight(string mailbox)
    {
        lock (sync)
        {
            return maxInFlight.GetValueOrDefault(mailbox);
        }
    }

    /// <summary>Waits until <paramref name="count"/> requests to the mailbox are in flight; false if that never happens.</summary>
    public async Task<bool> WaitForInFlightAsync(string mailbox, int count, TimeSpan patience)
    {
        var until = DateTime.UtcNow + patience;
        while (DateTime.UtcNow < until)
        {
            if (InFlight(mailbox) >= count)
            {
                return true;
            }

            await Task.Delay(20);
        }

        return false;
    }

    /// <summary>Sets an attendee's answer the way Outlook would after they click accept/decline.</summary>
    public void Respond(string eventId, string email, string response, DateTimeOffset at)
    {
        lock (sync)
        {
            var ev = events.Single(e => e.Id == eventId);
            var attendee = ev.Json["attendees"]!.AsArray()
                .Single(a => string.Equals(a!["emailAddress"]!["address"]!.GetValue<string>(), email, StringComparison.OrdinalIgnoreCase))!;
            attendee["status"] = new JsonObject { ["response"] = response, ["time"] = at.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture) };
        }
    }

    public async ValueTask DisposeAsync()
    {
        lock (sync)
        {
            foreach (var gate in holds.Values)
            {
                gate.TrySetResult();
            }
        }

        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    private async Task StartCoreAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        app = builder.Build();
        app.Use(RecordAndInterfereAsync);
        MapCalendar(app);
        MapMail(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        BaseUrl = new Uri(address.TrimEnd('/') + "/v1.0");
    }

    private async Task RecordAndInterfereAsync(HttpContext context, RequestDelegate next)
    {
        context.Request.EnableBuffering();
        string body;
        using (var reader = new StreamReader(context.Request.Body, Encoding.UTF8, leaveOpen: true))
        {
            body = await reader.ReadToEndAsync(context.RequestAborted);
        }

        context.Request.Body.Position = 0;
        var rawTarget = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        var rawPath = rawTarget.Split('?')[0];
        var mailbox = MailboxOf(context.Request.Path.Value ?? string.Empty);
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        TaskCompletionSource? hold = null;
        lock (sync)
        {
            requests.Add(new RecordedRequest(context.Request.Method, rawPath, context.Request.QueryString.Value ?? string.Empty, headers, body, mailbox));
            if (mailbox is not null)
            {
                var now = inFlight[mailbox] = inFlight.GetValueOrDefault(mailbox) + 1;
                maxInFlight[mailbox] = Math.Max(maxInFlight.GetValueOrDefault(mailbox), now);
                hold = holds.GetValueOrDefault(mailbox);
            }
        }

        try
        {
            if (hold is not null)
            {
                await hold.Task.WaitAsync(context.RequestAborted);
            }

            var fault = TakeFault(context.Request.Method, context.Request.Path.Value ?? string.Empty);
            if (fault is not null)
            {
                if (fault.RetryAfter is not null)
                {
                    context.Response.Headers.RetryAfter = fault.RetryAfter;
                }

                await WriteErrorAsync(context, fault.Status, fault.Code, fault.Message);
                return;
            }

            await next(context);
        }
        finally
        {
            if (mailbox is not null)
            {
                lock (sync)
                {
                    inFlight[mailbox]--;
                }
            }
        }
    }

    private FakeFault? TakeFault(string method, string path)
    {
        lock (sync)
        {
            var fault = faults.FirstOrDefault(f => f.Times > 0
                && f.Method.Equals(method, StringComparison.OrdinalIgnoreCase)
                && path.EndsWith(f.PathEndsWith, StringComparison.Ordinal));
            if (fault is not null)
            {
                fault.Times--;
            }

            return fault;
        }
    }

    private static string? MailboxOf(string decodedPath)
    {
        var segments = decodedPath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var index = Array.FindIndex(segments, s => s.Equals("users", StringComparison.OrdinalIgnoreCase));
        return index >= 0 && index + 1 < segments.Length ? segments[index + 1].ToLowerInvariant() : null;
    }

    private static async Task WriteErrorAsync(HttpContext context, int status, string code, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        var error = new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } };
        await context.Response.WriteAsync(error.ToJsonString());
    }

    private sealed class Release(Action release) : IDisposable
    {
        public void Dispose() => release();
    }
}
