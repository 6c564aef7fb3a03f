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
public sealed class NoMailOnClosedDaysTests(SimulatedYears years)
{
    [Theory]
    [InlineData("profijt.yaml", "profijt-responses.yaml")]
    [InlineData("element.yaml", null)]
    public async Task Every_message_of_a_simulated_year_goes_out_on_a_working_day(string configFile, string? responses)
    {
        var year = await years.GetAsync(configFile, responses);
        Assert.True(year.Exit == 0, year.Error);

        var config = PartnershipConfigLoader.Load(CliRun.Sample(configFile), new LocalDate(2026, 8, 1)).Config!;
        var calendar = PartnershipPlanner.Calendar(config);
        var zone = PartnershipPlanner.Zone(config);
        using var timeline = JsonDocument.Parse(await File.ReadAllTextAsync(year.TimelineJson));
        var sent = timeline.RootElement.GetProperty("events").EnumerateArray()
            .Where(e => e.TryGetProperty("recipients", out var r) && r.ValueKind == JsonValueKind.Array && r.GetArrayLength() > 0)
            .Select(e => (Kind: e.GetProperty("kind").GetString()!, Day: Instant.FromDateTimeOffset(e.GetProperty("at").GetDateTimeOffset()).InZone(zone).Date))
            .ToList();

        Assert.Contains(sent, s => s.Kind == "meeting.invited");
        Assert.All(sent, s => Assert.True(calendar.IsWorkingDay(s.Day), $"{s.Kind} on {s.Day:dddd d MMMM yyyy}: {calendar.ClosedPeriodAt(s.Day)?.Name ?? "weekend"}"));
    }
}
