using DurableTask.Core.History;
using System.Net;
using AngleSharp.Html.Parser;
using NodaTime;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Host.Dashboard;
using Workflows.Host.Dashboard.Overview;
using Workflows.Orchestrations.Meetings;
using Workflows.Testing;

namespace Workflows.Host.Tests.Dashboard.Overview;

/// <summary>
/// A directieberaad cancelled months ahead (17 November 2026, while the cycle still has 15 September in hand) stays
/// listed under "Afgelast en overgeslagen" while the clock runs past the meeting before it, past its own date, and
/// past the meeting after it (when the cycle no longer holds the cancellation); and a meeting that has started can
/// no longer be cancelled or moved from the dashboard.
/// </summary>
[Collection("dashboard-azurite")]
public sealed class CancelAheadTests(AzuriteFixture azurite) : DashboardHostTests(azurite)
{
    private const string Series = "directieberaad";
    private const string Reason = "Studiereis <naar> Berlijn";
    private const string Ahead = "dashboard/series/directieberaad/occurrences/2026-11-17/cancel";
    private const string Held = "dashboard/series/directieberaad/occurrences/2026-09-15";

    private protected override Task PrepareAsync(DashboardHost host) => host.RunUntilAsync(new LocalDateTime(2026, 8, 3, 9, 0));

    [Fact]
    public async Task A_cancellation_made_ahead_stays_listed_with_its_reason_and_a_started_meeting_cannot_be_cancelled_or_moved()
    {
        string instance = SeriesSnapshots.InstanceId("profijt", Series);

        // Cancelled ahead while the cycle is suspended: the confirmation says it waits for the resume, not "directly".
        await Host.Client.SuspendInstanceAsync(instance, "test");
        await Eventually.UntilAsync(Host, async () => (await Host.Client.GetInstanceAsync(instance))!.RuntimeStatus == OrchestrationRuntimeStatus.Suspended, "the cycle is suspended");
        var (status, body) = await Host.PostFormAsync(Ahead, [new("reason", Reason), new("confirmed", "yes")]);
        Assert.Equal(HttpStatusCode.OK, status);
        var done = new HtmlParser().ParseDocument(body).QuerySelector("[role=status]")!.TextContent;
        Assert.Contains("zodra de planning wordt hervat", done, StringComparison.Ordinal);
        Assert.DoesNotContain("verwerkt het direct", done, StringComparison.Ordinal);
        await Host.Client.ResumeInstanceAsync(instance, "test");
        await Eventually.UntilAsync(Host, async () => (await OverridesAsync()).Any(o => o.Date == "2026-11-17" && o.Cancelled), "the cycle takes in the cancellation");

        // Listed at once, with the reason; the timeline names the series date, as the event has no start.
        await AssertListedAsync("2026-09-15");
        var recorded = (await Host.Services.GetRequiredService<DashboardStores>().Timeline.ReadAsync("profijt")).Single(e => e.Kind == MeetingEvents.Cancelled && e.Date == "2026-11-17");
        Assert.Equal(("2026-11-17", (DateTimeOffset?)null), (recorded.Date, recorded.Start));

        // Another date cancelled ahead and then moved: listed while cancelled, no longer once the cycle holds the move.
        const string march = "dashboard/series/directieberaad/occurrences/2027-03-16";
        (status, _) = await Host.PostFormAsync($"{march}/cancel", [new("reason", "Voorjaarsvakantie"), new("confirmed", "yes")]);
        Assert.Equal(HttpStatusCode.OK, status);
        await Eventually.UntilAsync(Host, async () => (await OverridesAsync()).Any(o => o.Date == "2027-03-16" && o.Cancelled), "the cycle takes in the March cancellation");
        Assert.NotNull((await Host.GetDocumentAsync("dashboard")).QuerySelector("#cancelled li[data-series=directieberaad][data-date='2027-03-16']"));
        (status, _) = await Host.PostFormAsync($"{march}/move", [new("newDate", "2027-03-23"), new("confirmed", "yes")]);
        Assert.Equal(HttpStatusCode.OK, status);
        await Eventually.UntilAsync(Host, async () => (await OverridesAsync()).Any(o => o.Date == "2027-03-16" && o.NewDate == "2027-03-23"), "the cycle takes in the March move");
        Assert.Null((await Host.GetDocumentAsync("dashboard")).QuerySelector("#cancelled li[data-series=directieberaad][data-date='2027-03-16']"));

        // 15 September, half past three: the meeting is on. No cancel or move offered, and both refused with 409.
        await Host.RunUntilAsync(new LocalDateTime(2026, 9, 15, 15, 30));
        var card = (await Host.GetDocumentAsync("dashboard")).QuerySelector("article.occurrence[data-series=directieberaad][data-date='2026-09-15']")!;
        Assert.Contains("bevestigd", card.QuerySelector(".badge")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(card.QuerySelectorAll(".actions a"));
        foreach (string action in new[] { "cancel", "move" })
        {
            using var get = await Host.Http.GetAsync(new Uri($"{Held}/{action}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.Conflict, get.StatusCode);
            Assert.Contains("al begonnen", await get.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        (status, body) = await Host.PostFormAsync($"{Held}/cancel", [new("reason", "te laat"), new("confirmed", "yes")]);
        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Contains("Er is niets veranderd.", body, StringComparison.Ordinal);
        (status, _) = await Host.PostFormAsync($"{Held}/move", [new("newDate", "2026-09-22"), new("confirmed", "yes")]);
        Assert.Equal(HttpStatusCode.Conflict, status);
        await Host.DrainAsync();
        Assert.DoesNotContain(await Host.Client.GetOrchestrationHistoryAsync(instance), e => e.EventType == EventType.EventRaised);

        // Past the held 15 September: held (not cancelled), and 17 November is still listed though no longer ahead of the one in hand.
        await Host.RunUntilAsync(new LocalDateTime(2026, 9, 16, 9, 0));
        var timeline = await Host.Services.GetRequiredService<DashboardStores>().Timeline.ReadAsync("profijt");
        Assert.Contains(timeline, e => e is { Kind: MeetingEvents.Held, Series: Series } && e.Start!.Value.Date == new DateTime(2026, 9, 15, 0, 0, 0, DateTimeKind.Unspecified));
        await AssertListedAsync("2027-01-19");

        // Past 17 November itself, and past the January meeting after it: the cycle has dropped the cancellation by then.
        await Host.RunUntilAsync(new LocalDateTime(2026, 11, 18, 9, 0));
        await AssertListedAsync("2027-01-19");
        await Host.RunUntilAsync(new LocalDateTime(2027, 1, 20, 9, 0));
        Assert.DoesNotContain(await OverridesAsync(), o => o.Date == "2026-11-17");
        await AssertListedAsync("2027-03-16");

        // The time filter on the store: exactly the events from (or before) a moment, as the unfiltered read has them.
        var from = new DateTimeOffset(2026, 9, 16, 0, 0, 0, TimeSpan.Zero);
        var filtered = await Host.Services.GetRequiredService<DashboardStores>().Timeline.ReadAsync("profijt", from, null);
        var all = await Host.Services.GetRequiredService<DashboardStores>().Timeline.ReadAsync("profijt");
        Assert.NotEmpty(filtered);
        Assert.All(filtered, e => Assert.True(e.At >= from));
        Assert.Equal(all.Where(e => e.At >= from).Select(e => (e.At, e.Kind, e.Series)), filtered.Select(e => (e.At, e.Kind, e.Series)));
        var before = await Host.Services.GetRequiredService<DashboardStores>().Timeline.ReadAsync("profijt", null, from);
        Assert.NotEmpty(before);
        Assert.Equal(all.Where(e => e.At < from).Select(e => (e.At, e.Kind, e.Series)), before.Select(e => (e.At, e.Kind, e.Series)));
    }

    /// <summary>17 November is listed once as cancelled with its reason, and the card in hand is <paramref name="inHand"/>.</summary>
    private async Task AssertListedAsync(string inHand)
    {
        var page = await Host.GetDocumentAsync("dashboard");
        var item = Assert.Single(page.QuerySelectorAll("#cancelled li[data-series=directieberaad][data-date='2026-11-17']"));
        Assert.Contains("afgelast", item.TextContent, StringComparison.Ordinal);
        Assert.Contains(Reason, item.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("article.occurrence[data-series=directieberaad][data-date='2026-11-17']"));
        Assert.Equal(inHand, page.QuerySelector("#series-directieberaad article.occurrence")!.GetAttribute("data-date"));
    }

    private async Task<IReadOnlyList<OccurrenceOverride>> OverridesAsync()
    {
        var instance = await Host.Client.GetInstanceAsync(SeriesSnapshots.InstanceId("profijt", Series), getInputsAndOutputs: true);
        return instance!.ReadInputAs<MeetingCycleInput>()!.Overrides ?? [];
    }
}
