using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NodaTime;
using Workflows.Host.Hosting;
using Workflows.Runtime;
using Workflows.Runtime.VirtualTime;
using Workflows.Testing;

namespace Workflows.Functions.Tests;

/// <summary>An HTTP answer reduced to what a client sees: status, content type, the headers that matter, body.</summary>
internal sealed record Answer(int Status, string? ContentType, IReadOnlyDictionary<string, string> Headers, string Body)
{
    /// <summary>The Set-Cookie headers (not compared: serve's cookies are Secure only over https).</summary>
    public IReadOnlyList<string> SetCookies { get; init; } = [];

    /// <summary>The cookies to send back, as a Cookie header.</summary>
    public string CookieHeader => string.Join("; ", SetCookies.Select(c => c.Split(';')[0]));

    /// <summary>The headers both sides are compared on (Date, Server, Set-Cookie and framing headers are not).</summary>
    public static readonly string[] Compared =
        ["Location", "ETag", "Cache-Control", "Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options", "Referrer-Policy", "WWW-Authenticate", "Retry-After"];

    public override string ToString() => $"{Status} {ContentType}\n{string.Join('\n', Headers.Select(h => $"{h.Key}: {h.Value}"))}\n{Body}";
}

/// <summary>
/// <c>serve</c> (the standalone app over real HTTP, with the workflows on the virtual-time runtime) and the Functions
/// app's <see cref="PlatformApp"/> on the same storage account, task hub, clock and runtime, so the two can be asked
/// the same question and their answers compared.
/// </summary>
internal sealed class ServeAndFunctions : IAsyncDisposable
{
    public const string Key = "functions-test-key-333xd3reNJkRta8JoqEUXNar";
    private static readonly DateTimeZone Amsterdam = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];

    private readonly WebApplication _serve;
    private readonly string _outbox;
    private readonly ServiceProvider _workerServices = new ServiceCollection().BuildServiceProvider();

    private ServeAndFunctions(WebApplication serve, PlatformApp platform, Uri address, string outbox)
    {
        _serve = serve;
        Platform = platform;
        Address = address;
        _outbox = outbox;
        Runtime = (VirtualTimeRuntime)serve.Services.GetRequiredService<IWorkflowRuntime>();
        Client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = address };
    }

    public PlatformApp Platform { get; }

    public VirtualTimeRuntime Runtime { get; }

    /// <summary>http://127.0.0.1:{port}/, serve's address (also the Host the function requests carry).</summary>
    public Uri Address { get; }

    private HttpClient Client { get; }

    public static async Task<ServeAndFunctions> StartAsync(AzuriteFixture azurite)
    {
        var clock = new FakeTimeProvider(Amsterdam.AtStrictly(new LocalDate(2026, 8, 1) + new LocalTime(8, 0)).ToDateTimeOffset());
        string hub = "f" + Guid.NewGuid().ToString("N")[..12];
        string outbox = Directory.CreateTempSubdirectory("workflows-functions-outbox-").FullName;
        var storage = StorageAccount.FromConnectionString(azurite.ConnectionString);
        var settings = new Dictionary<string, string?>
        {
            ["Workflows:ApiKey"] = Key,
            ["Workflows:Outbox:Directory"] = outbox,
            ["Workflows:LinkSigningKey"] = Convert.ToBase64String(Encoding.UTF8.GetBytes("a functions test signing key, 32+ bytes long")),
            ["Logging:LogLevel:Default"] = "Warning",
        };

        int port = FreePort();
        var serve = WorkflowsApp.Build(new AppSetup(HostingMode.Standalone)
        {
            Urls = [$"http://127.0.0.1:{port}"],
            TaskHub = hub,
            Runtime = options => new VirtualTimeRuntime(hub, clock, options),
            Clock = clock,
            Storage = storage,
            Settings = settings,
        });
        await serve.StartAsync();

        // No client passed: the platform takes the one each invocation hands in (AmbientDurableTaskClient), as under
        // the Functions host; the tests hand in the runtime's.
        var platform = PlatformApp.Create(storage, hub, client: null, settings, clock);
        return new ServeAndFunctions(serve, platform, new Uri($"http://127.0.0.1:{port}/"), outbox);
    }

    /// <summary>Lets the runtime take in what a request started (workflows of a stored configuration).</summary>
    public Task DrainAsync() => Runtime.DrainAsync();

    /// <summary>Asks serve over real HTTP (no cookies, redirects not followed).</summary>
    public async Task<Answer> ServeAsync(string method, string pathAndQuery, IReadOnlyDictionary<string, string>? headers = null, string? body = null, string? contentType = null)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(pathAndQuery.TrimStart('/'), UriKind.Relative));
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.Remove("Content-Type");
            request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        using var response = await Client.SendAsync(request);
        // As sent (NonValidated): parsed values are re-formatted ("no-cache, no-store" comes back reordered).
        var all = response.Headers.NonValidated.Concat(response.Content.Headers.NonValidated)
            .ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase);
        return new Answer(
            (int)response.StatusCode,
            all.GetValueOrDefault("Content-Type"),
            Pick(all),
            await response.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// Invokes an HTTP function directly, the way the worker's ASP.NET Core integration does: the request on an
    /// HttpContext of the worker's own (its services, not the platform's), the runtime's client as the invocation's
    /// <c>[DurableClient]</c>.
    /// </summary>
    public async Task<Answer> FunctionAsync(
        Func<HttpRequest, DurableTaskClient, Task<IActionResult>> function, string method, string pathAndQuery,
        IReadOnlyDictionary<string, string>? headers = null, string? body = null, string? contentType = null)
    {
        var http = new DefaultHttpContext { RequestServices = _workerServices };
        var request = http.Request;
        int query = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
        request.Method = method;
        request.Scheme = Address.Scheme;
        request.Host = new HostString(Address.Authority);
        request.Path = new PathString(query < 0 ? pathAndQuery : pathAndQuery[..query]);
        request.QueryString = query < 0 ? QueryString.Empty : new QueryString(pathAndQuery[query..]);
        http.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget = pathAndQuery;
        http.Connection.RemoteIpAddress = IPAddress.Loopback;
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers[name] = value;
        }

        if (body is not null)
        {
            byte[] bytes = Encoding.UTF8.GetBytes(body);
            request.Body = new MemoryStream(bytes);
            request.ContentLength = bytes.Length;
            request.ContentType = contentType;
        }

        using var responseBody = new MemoryStream();
        http.Response.Body = responseBody;
        var result = await function(request, Runtime.Client);
        Assert.IsType<EmptyResult>(result);
        Assert.Same(_workerServices, http.RequestServices);

        var all = http.Response.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        return new Answer(http.Response.StatusCode, http.Response.ContentType, Pick(all), Encoding.UTF8.GetString(responseBody.ToArray()))
        {
            SetCookies = [.. http.Response.Headers.SetCookie.Select(c => c ?? string.Empty)],
        };
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Platform.DisposeAsync();
        await _serve.StopAsync();
        await _serve.DisposeAsync();
        await _workerServices.DisposeAsync();
        Directory.Delete(_outbox, recursive: true);
    }

    private static Dictionary<string, string> Pick(Dictionary<string, string> all)
        => Answer.Compared.Where(all.ContainsKey).ToDictionary(h => h, h => all[h], StringComparer.OrdinalIgnoreCase);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
