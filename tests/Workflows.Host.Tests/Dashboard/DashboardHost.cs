using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Azure.Data.Tables;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NodaTime;
using Microsoft.DurableTask.Client;
using Workflows.Host.Api.Config;
using Workflows.Host.Hosting;
using Workflows.Host.Tests.Hosting;
using Workflows.Host.Simulation;
using Workflows.Messaging.Outbox;
using Workflows.Runtime;
using Workflows.Runtime.VirtualTime;
using Workflows.Testing;

namespace Workflows.Host.Tests.Dashboard;

/// <summary>
/// The whole standalone app as <c>serve</c> runs it (runtime, API, dashboard, configuration listeners, outbox) under a
/// task hub name of its own, the workflows on the virtual-time runtime: store a configuration, run the year up to a
/// day, then look at the dashboard over real HTTP (or in a real browser).
/// </summary>
internal sealed partial class DashboardHost : IAsyncDisposable
{
    public const string Key = "dashboard-test-key-pErCwAH2Mm3DFBXxx5gdeSPJ";
    public static readonly DateTimeZone Amsterdam = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];

    private readonly WebApplication _app;

    private DashboardHost(WebApplication app, Uri address, string outbox)
    {
        _app = app;
        Runtime = (VirtualTimeRuntime)app.Services.GetRequiredService<IWorkflowRuntime>();
        Address = address;
        OutboxDirectory = outbox;
        Http = new HttpClient { BaseAddress = address };
        Http.DefaultRequestHeaders.Add("x-functions-key", Key);
        Anonymous = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = address };
    }

    public VirtualTimeRuntime Runtime { get; }

    /// <summary>The task hub's name: the prefix of the platform's tables and containers.</summary>
    public string HubName => Runtime.TaskHub;

    public FakeTimeProvider Clock => Runtime.Clock;

    /// <summary>http://127.0.0.1:{port}/</summary>
    public Uri Address { get; }

    /// <summary>Where the outbox writes .ics and .eml files.</summary>
    public string OutboxDirectory { get; }

    public DurableTaskClient Client => Runtime.Client;

    /// <summary>Sends the API key header: reads pages and posts forms without a session (no CSRF token needed).</summary>
    public HttpClient Http { get; }

    /// <summary>No key, no cookies, redirects not followed.</summary>
    public HttpClient Anonymous { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>
    /// Starts at 08:00 Amsterdam time on <paramref name="day"/> (default 1 August 2026, the school year's start) and stores
    /// <paramref name="configFile"/> (a path; default the Profijt sample), which starts the workflows. Answers to invitations
    /// come from <paramref name="responsesFile"/> (default the Profijt sample's responses); pass "" for none.
    /// </summary>
    /// <param name="settings">Extra app settings over the test's own.</param>
    /// <param name="services">Extra services (e.g. a logger provider that keeps the server's errors).</param>
    /// <param name="workflows">Orchestrations of the test's own, next to the platform's.</param>
    public static async Task<DashboardHost> StartAsync(AzuriteFixture azurite, string? configFile = null, string? responsesFile = null, LocalDate? day = null, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null, Action<Microsoft.DurableTask.DurableTaskRegistry>? workflows = null)
    {
        ArgumentNullException.ThrowIfNull(azurite);
        configFile ??= CliRun.Sample("profijt.yaml");
        responsesFile ??= CliRun.Sample("profijt-responses.yaml");
        string yaml = await File.ReadAllTextAsync(configFile);
        var clock = new FakeTimeProvider(Amsterdam.AtStrictly((day ?? new LocalDate(2026, 8, 1)) + new LocalTime(8, 0)).ToDateTimeOffset());
        string hubName = "d" + Guid.NewGuid().ToString("N")[..12];
        string outbox = Directory.CreateTempSubdirectory("workflows-dashboard-outbox-").FullName;
        IResponseSource? responses = null;
        if (responsesFile.Length > 0)
        {
            var config = Workflows.Partnerships.Configuration.PartnershipConfigLoader.Parse(yaml, Path.GetFileName(configFile), Amsterdam.AtStrictly(new LocalDate(2026, 8, 1) + new LocalTime(8, 0)).Date);
            Assert.True(config.IsValid, string.Join("\n", config.Errors));
            var (file, errors) = ResponsesFileReader.Load(responsesFile, config.Config!);
            Assert.True(errors.Count == 0, string.Join("\n", errors));
            responses = file;
        }

        int port = FreePorts.Pick(1)[0];
        var app = WorkflowsApp.Build(new AppSetup(HostingMode.Standalone)
        {
            Urls = [$"http://127.0.0.1:{port}"],
            TaskHub = hubName,
            Runtime = options => new VirtualTimeRuntime(hubName, clock, options),
            Clock = clock,
            Storage = StorageAccount.FromConnectionString(azurite.ConnectionString),
            Settings = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
            {
                ["Workflows:ApiKey"] = Key,
                ["Workflows:Outbox:Directory"] = outbox,
                ["Workflows:LinkSigningKey"] = Convert.ToBase64String(Encoding.UTF8.GetBytes("a dashboard test signing key, 32+ bytes")),
                ["Logging:LogLevel:Default"] = "Warning",
            },
            AddWorkflows = workflows,
            ConfigureServices = collection =>
            {
                if (responses is not null)
                {
                    collection.AddSingleton(responses);
                }

                services?.Invoke(collection);
            },
        });
        await app.StartAsync();
        var host = new DashboardHost(app, new Uri($"http://127.0.0.1:{port}/"), outbox);
        var stored = await host.Services.GetRequiredService<IPartnershipConfigStore>().ReplaceAsync(yaml, Path.GetFileName(configFile));
        Assert.True(stored.Errors.Count == 0, string.Join("\n", stored.Errors));
        return host;
    }

    /// <summary>Runs everything due before <paramref name="local"/> (Amsterdam wall-clock time) and leaves the runtime drained.</summary>
    public Task RunUntilAsync(LocalDateTime local) => Runtime.RunUntilAsync(Amsterdam.AtStrictly(local).ToDateTimeOffset());

    /// <summary>Lets the workflows take in what was just raised (a dashboard action) without moving the clock.</summary>
    public Task DrainAsync() => Runtime.DrainAsync();

    /// <summary>A page read with the key header; fails unless 200.</summary>
    public async Task<string> GetPageAsync(string path)
    {
        using var response = await Http.GetAsync(new Uri(path.TrimStart('/'), UriKind.Relative));
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode}\n{body}");
        return body;
    }

    /// <summary>A page read with the key header and parsed as a browser would (fails unless 200).</summary>
    public async Task<AngleSharp.Dom.IDocument> GetDocumentAsync(string path)
        => new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await GetPageAsync(path));

    /// <summary>Posts a form with the key header (no session, so no CSRF token is needed).</summary>
    public async Task<(HttpStatusCode Status, string Body)> PostFormAsync(string path, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var content = new FormUrlEncodedContent(fields);
        using var response = await Http.PostAsync(new Uri(path.TrimStart('/'), UriKind.Relative), content);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>A browser-like client: cookies kept, no key header; sign in with <see cref="SignInAsync"/>.</summary>
    public HttpClient NewSession(out CookieContainer cookies)
    {
        cookies = new CookieContainer();
        return new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = Address };
    }

    /// <summary>Signs a session client in through the login form (CSRF token from the form itself).</summary>
    public static async Task SignInAsync(HttpClient session, string key = Key)
    {
        ArgumentNullException.ThrowIfNull(session);
        string form = await session.GetStringAsync(new Uri("dashboard/login", UriKind.Relative));
        using var content = new FormUrlEncodedContent([new("__csrf", CsrfToken(form)), new("apiKey", key)]);
        using var response = await session.PostAsync(new Uri("dashboard/login", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
    }

    /// <summary>The CSRF token of the first form of a page.</summary>
    public static string CsrfToken(string html)
        => WebUtility.HtmlDecode(CsrfPattern().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("The page has no CSRF field."));

    /// <summary>Every outbox file so far (.ics and .eml), as paths.</summary>
    public IReadOnlyList<string> OutboxFiles() => Directory.Exists(OutboxDirectory) ? Directory.GetFiles(OutboxDirectory, "*", SearchOption.AllDirectories) : [];

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        Anonymous.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        Directory.Delete(OutboxDirectory, recursive: true);
    }

    [GeneratedRegex("name=\"__csrf\" value=\"([^\"]+)\"")]
    private static partial Regex CsrfPattern();
}
