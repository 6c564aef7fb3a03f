using System.Text.Json;
using NodaTime;
using Workflows.Partnerships.Configuration;
using Workflows.Partnerships.Planning;

namespace Workflows.Host.Tests.Simulation;

/// <summary>
/// A simulated school year of both samples sends nothing in a school holiday, on a public holiday, a closed day or a
/// weekend: every timeline event that went to somebody (it has recipients) lies on a working day of the
/// partnership's own calendar. In 2026-27 four of Profijt's five directieberaad invitations used to fall in a holiday.
/// </summary>
[Collection(SimulationCollectionDefinition.Name)]
public sealed class NoMailOnClosedDaysTests : IDisposable
{
    private readonly string _out = Path.Combine(Path.GetTempPath(), "closed-" + Guid.NewGuid().ToString("N")[..8]);

    [Theory]
    [InlineData("profijt.yaml", "profijt-responses.yaml")]
    [InlineData("element.yaml", null)]
    public async Task Every_message_of_a_simulated_year_goes_out_on_a_working_day(string configFile, string? responses)
    {
        string[] args = responses is null
            ? ["simulate", CliRun.Sample(configFile), "--from", "2026-08-01", "--to", "2027-07-31", "--out", _out]
            : ["simulate", CliRun.Sample(configFile), "--from", "2026-08-01", "--to", "2027-07-31", "--out", _out, "--responses", CliRun.Sample(responses)];
        var (exit, _, error) = await CliRun.InProcessAsync(args);
        Assert.True(exit == 0, error);

        var config = PartnershipConfigLoader.Load(CliRun.Sample(configFile), new LocalDate(2026, 8, 1)).Config!;
        var calendar = PartnershipPlanner.Calendar(config);
        var zone = PartnershipPlanner.Zone(config);
        using var timeline = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_out, "timeline.json")));
        var sent = timeline.RootElement.GetProperty("events").EnumerateArray()
            .Where(e => e.TryGetProperty("recipients", out var r) && r.ValueKind == JsonValueKind.Array && r.GetArrayLength() > 0)
            .Select(e => (Kind: e.GetProperty("kind").GetString()!, Day: Instant.FromDateTimeOffset(e.GetProperty("at").GetDateTimeOffset()).InZone(zone).Date))
            .ToList();

        Assert.Contains(sent, s => s.Kind == "meeting.invited");
        Assert.All(sent, s => Assert.True(calendar.IsWorkingDay(s.Day), $"{s.Kind} on {s.Day:dddd d MMMM yyyy}: {calendar.ClosedPeriodAt(s.Day)?.Name ?? "weekend"}"));
    }

    public void Dispose()
    {
        if (Directory.Exists(_out))
        {
            Directory.Delete(_out, recursive: true);
        }
    }
}
