using Azure.Data.Tables;
using Workflows.Orchestrations.Meetings;
using Workflows.Testing;

namespace Workflows.Host.Tests.Dashboard.Attendance;

/// <summary>
/// Decline comments kept with the attendance rows (shown on the Attendance tab) never make the row too large for
/// Azure Tables (64 KiB per property): the cell is written as plain text and measured after escaping.
/// </summary>
[Collection("dashboard-azurite")]
public sealed class AttendanceStoreLimitsTests(AzuriteFixture azurite)
{
    private static readonly System.Text.Json.JsonSerializerOptions Web = new(System.Text.Json.JsonSerializerDefaults.Web);

    [Fact]
    public async Task Fifty_long_comments_full_of_accents_and_quotes_are_written_within_the_limit_and_read_back()
    {
        var tables = new TableServiceClient(azurite.ConnectionString);
        string prefix = "a" + Guid.NewGuid().ToString("N")[..12];
        var store = AttendanceStore.For(tables, prefix);

        // Long comments of nothing but quotes and accents: the default JSON encoder writes every character of them as
        // \" or \uXXXX, and even escaped as little as possible 50 of 500 characters are more than a cell may hold.
        string comment = string.Concat(Enumerable.Repeat("\"é", 1000));
        var declines = Enumerable.Range(1, 60).Select(i => new DeclineComment($"Geïnterviewde {i}", comment)).ToList();
        await store.RecordAsync("p", "directieberaad", "2026-09-15", [new OrganizationAttendance("slinge-lyceum", 70, 10, 60, declines)]);

        var raw = (await tables.GetTableClient(prefix + "Attendance").GetEntityAsync<TableEntity>("p", "occ|directieberaad|2026-09-15|slinge-lyceum")).Value;
        string cell = raw.GetString("Declines")!;
        Assert.InRange(cell.Length, 10_000, AttendanceStore.MaxDeclinesJsonLength);
        Assert.Contains("Geïnterviewde 1", cell, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u00", cell, StringComparison.Ordinal);

        var row = Assert.Single(await store.ReadOccurrencesAsync("p", "directieberaad", "2026-09-01", "2026-09-30"));
        Assert.Equal((70, 10, 60), (row.Invited, row.Attended, row.Declined));
        Assert.Equal(50, row.Declines.Count);
        Assert.Equal(Enumerable.Range(1, 50).Select(i => $"Geïnterviewde {i}"), row.Declines.Select(d => d.Name));
        foreach (var d in row.Declines)
        {
            // Shortened to fit, but still the start of what was said, marked as cut.
            Assert.EndsWith("…", d.Comment, StringComparison.Ordinal);
            Assert.StartsWith(d.Comment![..^1], comment, StringComparison.Ordinal);
            Assert.InRange(d.Comment.Length, 100, 501);
        }

        var totals = await store.ReadTotalsAsync("p");
        Assert.Equal(new OrganizationAttendanceTotal("slinge-lyceum", 1, 70, 10), Assert.Single(totals));
    }

    [Fact]
    public void Short_comments_are_kept_whole_and_names_alone_that_do_not_fit_drop_the_last_entries()
    {
        var few = AttendanceStore.SerializeDeclines([new DeclineComment("Zoë", "Open dag \"voorbereiding\"")]);
        Assert.Equal("[{\"name\":\"Zoë\",\"comment\":\"Open dag \\\"voorbereiding\\\"\"}]", few);

        var longNames = Enumerable.Range(1, 50).Select(i => new DeclineComment(new string('ë', 1000) + i, "x")).ToList();
        string json = AttendanceStore.SerializeDeclines(longNames);
        Assert.InRange(json.Length, 1, AttendanceStore.MaxDeclinesJsonLength);
        var back = System.Text.Json.JsonSerializer.Deserialize<List<DeclineComment>>(json, Web)!;
        Assert.InRange(back.Count, 25, 35);
        Assert.All(back, d => Assert.Null(d.Comment));
        Assert.Equal(longNames[0].Name, back[0].Name);
    }
}
