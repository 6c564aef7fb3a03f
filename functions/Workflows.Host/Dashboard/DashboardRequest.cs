using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Text;
using Workflows.Host.Api.Config;
using Workflows.Partnerships.Configuration;

namespace Workflows.Host.Dashboard;

/// <summary>
/// One dashboard request: the coordinator's language, the partnership's configuration and time zone, "now" on the
/// app's clock (virtual in tests and the simulator), and the CSRF field for its forms. Pages take everything from here.
/// </summary>
internal sealed class DashboardRequest
{
    private static readonly DateTimeZone Amsterdam = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];

    private DashboardRequest(HttpContext http, bool english, StoredPartnershipConfig? stored, bool configBroken)
    {
        Http = http;
        English = english;
        Stored = stored;
        ConfigBroken = configBroken;
        Culture = CultureInfo.GetCultureInfo(english ? "en-GB" : "nl-NL");
        Zone = stored is not null && DateTimeZoneProviders.Tzdb.GetZoneOrNull(stored.Config.Partnership.TimeZone) is { } zone ? zone : Amsterdam;
        Now = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
    }

    public HttpContext Http { get; }

    public bool English { get; }

    /// <summary>"nl" or "en", for the page's lang attribute.</summary>
    public string Language => English ? "en" : "nl";

    public CultureInfo Culture { get; }

    /// <summary>The stored configuration, or null before the first <c>PUT /api/config</c> (pages then say so).</summary>
    public StoredPartnershipConfig? Stored { get; }

    public PartnershipConfig? Config => Stored?.Config;

    /// <summary>
    /// A configuration is stored but no longer reads (the validation rules changed since it was accepted): pages
    /// that need it say so, and the Operations tab, which does not, still works — that is when operators need it.
    /// </summary>
    public bool ConfigBroken { get; }

    /// <summary>The partnership's time zone (Europe/Amsterdam unless configured otherwise).</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Now on the app's clock.</summary>
    public DateTimeOffset Now { get; }

    public LocalDate Today => Instant.FromDateTimeOffset(Now).InZone(Zone).Date;

    public CancellationToken Aborted => Http.RequestAborted;

    public T Service<T>()
        where T : notnull => Http.RequestServices.GetRequiredService<T>();

    /// <summary>
    /// The Dutch text, or the English one when the coordinator chose English. Texts live where they are used:
    /// a page reads as its own translation table.
    /// </summary>
    public string L(string dutch, string english) => English ? english : dutch;

    /// <summary>The hidden CSRF field every form of the page must carry.</summary>
    public Html CsrfField()
    {
        var tokens = Service<IAntiforgery>().GetAndStoreTokens(Http);
        return Html.Of($"<input type=\"hidden\" name=\"{tokens.FormFieldName}\" value=\"{tokens.RequestToken}\">");
    }

    /// <summary>"dinsdag 17 november 2026" / "Tuesday 17 November 2026".</summary>
    public string Date(LocalDate date) => LocalDatePattern.Create("dddd d MMMM yyyy", Culture).Format(date);

    /// <summary>"di 17 nov" style, for tables and chart labels.</summary>
    public string ShortDate(LocalDate date) => LocalDatePattern.Create("ddd d MMM yyyy", Culture).Format(date);

    /// <summary>A moment as the partnership's local wall-clock time: "dinsdag 17 november 2026, 15.00 uur" / "Tuesday 17 November 2026, 15:00".</summary>
    public string DateTime(DateTimeOffset at)
    {
        var local = Instant.FromDateTimeOffset(at).InZone(Zone).LocalDateTime;
        return English ? $"{Date(local.Date)}, {Clock(local.TimeOfDay)}" : $"{Date(local.Date)}, {Clock(local.TimeOfDay)} uur";
    }

    /// <summary>A time of day: "15.00" in Dutch (the colon is English style), "15:00" in English.</summary>
    public string Clock(LocalTime time) => time.ToString(English ? "HH:mm" : "HH.mm", CultureInfo.InvariantCulture);

    /// <summary>A meeting's hours in a heading or list: "15.00–17.00 uur" / "15:00–17:00".</summary>
    public string Hours(LocalTime start, LocalTime end) => English ? $"{Clock(start)}–{Clock(end)}" : $"{Clock(start)}–{Clock(end)} uur";

    /// <summary>The local date of a moment in the partnership's zone.</summary>
    public LocalDate LocalDate(DateTimeOffset at) => Instant.FromDateTimeOffset(at).InZone(Zone).Date;

    public static async Task<DashboardRequest> CreateAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var store = http.RequestServices.GetRequiredService<IPartnershipConfigStore>();
        StoredPartnershipConfig? stored = null;
        bool broken = false;
        try
        {
            stored = await store.GetCurrentAsync(http.RequestAborted).ConfigureAwait(false);
        }
        catch (InvalidOperationException)
        {
            // The store's "no longer validates" (logged by the API when it is asked); the dashboard shows it instead.
            broken = true;
        }

        string? chosen = http.Request.Cookies[DashboardAuthentication.LanguageCookieName];
        bool english = chosen is not null
            ? string.Equals(chosen, "en", StringComparison.Ordinal)
            : stored?.Config.Partnership.Language == Workflows.Partnerships.Configuration.Language.En;
        return new DashboardRequest(http, english, stored, broken);
    }
}
