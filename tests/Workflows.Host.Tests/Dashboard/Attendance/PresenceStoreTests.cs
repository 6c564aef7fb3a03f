using Azure.Data.Tables;
using Workflows.Orchestrations.Meetings;
using Workflows.Testing;

namespace Workflows.Host.Tests.Dashboard.Attendance;

/// <summary>
/// The confirmed presence lists beside the attendance rows: one per series and date, replaced when confirmed again,
/// never mixed up with the answers' rows or the totals, and a damaged cell reads as not confirmed.
/// </summary>
[Collection("dashboard-azurite")]
public sealed class PresenceStoreTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Confirming_again_replaces_the_list_and_the_answers_rows_and_totals_are_left_as_they_were()
    {
        var tables = new TableServiceClient(azurite.ConnectionString);
        string prefix = "p" + Guid.NewGuid().ToString("N")[..12];
        var store = AttendanceStore.For(tables, prefix);
        await store.RecordAsync("p", "directieberaad", "2026-09-15", [new OrganizationAttendance("slinge-lyceum", 2, 0, 2), new OrganizationAttendance("roc-achterhoek", 2, 2)]);
        var at = new DateTimeOffset(2026, 9, 16, 9, 0, 0, TimeSpan.Zero);

        await store.ConfirmPresenceAsync("p", new PresenceConfirmation("directieberaad", "2026-09-15", ["roc-achterhoek"], at));
        await store.ConfirmPresenceAsync("p", new PresenceConfirmation("directieberaad", "2026-09-15", ["slinge-lyceum", "roc-achterhoek", "slinge-lyceum"], at.AddHours(1)));
        await store.ConfirmPresenceAsync("p", new PresenceConfirmation("directieberaad", "2026-10-13", [], at));
        await store.ConfirmPresenceAsync("p", new PresenceConfirmation("werkgroep-bwi", "2026-09-15", ["roc-achterhoek"], at));

        var read = await store.ReadPresenceAsync("p", "directieberaad", "2026-09-01", "2026-09-30");
        var only = Assert.Single(read);
        Assert.Equal(("directieberaad", "2026-09-15"), (only.SeriesId, only.Date));
        Assert.Equal(["slinge-lyceum", "roc-achterhoek"], only.Organizations);
        Assert.Equal(at.AddHours(1), only.ConfirmedAt);
        Assert.Equal(["2026-09-15", "2026-10-13"], (await store.ReadPresenceAsync("p", "directieberaad", "2026-08-01", "2027-07-31")).Select(c => c.Date));
        Assert.Empty((await store.ReadPresenceAsync("p", "directieberaad", "2026-08-01", "2027-07-31")).Single(c => c.Date == "2026-10-13").Organizations);
        Assert.Empty(await store.ReadPresenceAsync("p", "directieberaad", "2026-10-14", "2027-07-31"));

        // The answers' rows and the totals are the answers still: the confirmation is read beside them.
        var rows = await store.ReadOccurrencesAsync("p", "directieberaad", "2026-08-01", "2027-07-31");
        Assert.Equal([("roc-achterhoek", 2), ("slinge-lyceum", 0)], rows.Select(r => (r.OrganizationId, r.Attended)).Order());
        Assert.Equal([("roc-achterhoek", 1), ("slinge-lyceum", 1)], (await store.ReadTotalsAsync("p")).Select(t => (t.OrganizationId, t.Meetings)).Order());
        var entities = tables.GetTableClient(prefix + "Attendance").QueryAsync<TableEntity>(e => e.PartitionKey == "p");
        int presenceRows = 0;
        await foreach (var e in entities)
        {
            presenceRows += e.RowKey.StartsWith("pres|", StringComparison.Ordinal) ? 1 : 0;
        }

        Assert.Equal(3, presenceRows);

        // A damaged cell: not confirmed (the answers count), rather than "nobody was present".
        await tables.GetTableClient(prefix + "Attendance").UpsertEntityAsync(new TableEntity("p", "pres|directieberaad|2026-11-10") { ["Organizations"] = "[\"roc-", ["ConfirmedAt"] = at });
        Assert.DoesNotContain("2026-11-10", (await store.ReadPresenceAsync("p", "directieberaad", "2026-08-01", "2027-07-31")).Select(c => c.Date));
    }
}
