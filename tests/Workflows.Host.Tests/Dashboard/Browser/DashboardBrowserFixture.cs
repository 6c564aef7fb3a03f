using Microsoft.Playwright;
using NodaTime;
using Workflows.Testing;

namespace Workflows.Host.Tests.Dashboard.Browser;

/// <summary>
/// One Azurite, one dashboard host (the Profijt sample with its responses, run to Tuesday 10 November 2026 09:00
/// Amsterdam time, a week before the directieberaad whose mbo members all declined) and one headless Chromium for
/// all browser tests; each test opens its own browser context. Chromium is Debian's, installed when missing.
/// A second host runs Het Element (element.yaml: three convenants, no meetings of note) for the Convenants tab,
/// which the Profijt network does not use.
/// </summary>
public sealed class DashboardBrowserFixture : IAsyncLifetime
{
    public static readonly LocalDateTime Now = new(2026, 11, 10, 9, 0);

    private AzuriteFixture? _azurite;
    private DashboardHost? _host;
    private DashboardHost? _element;
    private string? _elementSignedIn;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private string? _signedIn;

    internal DashboardHost Host => _host ?? throw new InvalidOperationException("The fixture is not initialised.");

    /// <summary>Het Element a day after the school year began: its three convenants' bestuur talks are planned.</summary>
    internal DashboardHost Element => _element ?? throw new InvalidOperationException("The fixture is not initialised.");

    internal IBrowser Browser => _browser ?? throw new InvalidOperationException("The fixture is not initialised.");

    /// <summary>http://127.0.0.1:{port}</summary>
    internal string Origin => Host.Address.GetLeftPart(UriPartial.Authority);

    public async Task InitializeAsync()
    {
        try
        {
            await StartAsync();
        }
        catch
        {
            // Whatever did start (Azurite, the host, Chromium) must not outlive a failed start.
            await DisposeAsync();
            throw;
        }
    }

    private async Task StartAsync()
    {
        // Generous waits: CI runs the other test projects on the same two cores at the same time. They only cost
        // time when something is missing, which fails the test anyway.
        Assertions.SetDefaultExpectTimeout(15_000);

        // apt (when Chromium is missing) and the year's simulation are independent: run them side by side.
        var chromium = ChromiumInstaller.EnsureAsync();
        try
        {
            _azurite = new AzuriteFixture();
            await _azurite.InitializeAsync();
            _host = await DashboardHost.StartAsync(_azurite);
            await _host.RunUntilAsync(Now);
            _element = await DashboardHost.StartAsync(_azurite, CliRun.Sample("element.yaml"), responsesFile: "");
            await _element.RunUntilAsync(new LocalDateTime(2026, 8, 2, 9, 0));
        }
        catch
        {
            // A running apt finishes first (never cut off halfway); the simulation's failure is the one reported.
            await Task.WhenAny(chromium);
            throw;
        }

        await chromium;

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumInstaller.ExecutablePath,
            Headless = true,
            // No sandbox (containers, root); nothing that phones home, so the only traffic is the host's.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });

        // One sign-in through the form, kept as storage state, so tests that are not about signing in start signed in.
        await using var context = await NewContextAsync(signedIn: false);
        var page = await context.NewPageAsync();
        await SignInAsync(page);
        _signedIn = await context.StorageStateAsync();
        await using var element = await NewContextAsync(signedIn: false, host: Element);
        var elementPage = await element.NewPageAsync();
        await SignInAsync(elementPage);
        _elementSignedIn = await element.StorageStateAsync();
    }

    /// <summary>A fresh context (Dutch, Amsterdam time), signed in or not, at desktop or phone size, on Profijt's host unless told.</summary>
    internal async Task<IBrowserContext> NewContextAsync(bool signedIn = true, bool phone = false, DashboardHost? host = null)
    {
        bool element = host is not null && host == _element;
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = (host ?? Host).Address.GetLeftPart(UriPartial.Authority),
            Locale = "nl-NL",
            TimezoneId = "Europe/Amsterdam",
            ViewportSize = phone ? new ViewportSize { Width = 390, Height = 844 } : new ViewportSize { Width = 1280, Height = 900 },
            IsMobile = phone,
            HasTouch = phone,
            StorageState = signedIn ? (element ? _elementSignedIn : _signedIn) ?? throw new InvalidOperationException("Not signed in yet.") : null,
        });

        context.SetDefaultTimeout(15_000);
        context.SetDefaultNavigationTimeout(30_000);
        return context;
    }

    /// <summary>Signs in through the login form as a coordinator would (the page ends on the overview).</summary>
    internal static async Task SignInAsync(IPage page, string key = DashboardHost.Key)
    {
        await page.GotoAsync("/dashboard");
        await page.GetByLabel("API-sleutel").FillAsync(key);
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).ClickAsync();

        // Poll the page's address until it is the overview, rather than wait for a navigation event: an event-based
        // wait (a load state, then WaitForURL) missed a navigation that had already happened and waited out its whole
        // timeout although the browser showed the overview (seen under a loaded full test run).
        try
        {
            await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/dashboard$"), new() { Timeout = 30_000 });
        }
        catch (PlaywrightException e)
        {
            // Say where the browser ended up instead (a refusal page names its reason).
            throw new InvalidOperationException($"Signing in did not reach the overview; the page is {page.Url}:\n{await page.ContentAsync()}", e);
        }
        await Assertions.Expect(page.Locator("main h1")).ToBeVisibleAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
            await _browser.DisposeAsync();
            _browser = null;
        }

        _playwright?.Dispose();
        _playwright = null;
        if (_element is not null)
        {
            await _element.DisposeAsync();
            _element = null;
        }

        if (_host is not null)
        {
            await _host.DisposeAsync();
            _host = null;
        }

        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
            _azurite = null;
        }
    }
}
