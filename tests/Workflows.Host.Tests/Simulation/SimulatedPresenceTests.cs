using Azure.Data.Tables;
using NodaTime;
using Workflows.Host.Dashboard;
using Workflows.Host.Dashboard.Attendance;
using Workflows.Host.Simulation;
using Workflows.Orchestrations.Meetings;
using Workflows.Partnerships.Configuration;
using Workflows.Testing;

namespace Workflows.Host.Tests.Simulation;

/// <summary>
/// The contract's <c>presence:</c> in <c>simulate</c>: applied once the occurrence has been held (the Element sample's
/// routeoverleg of 4 November 2026), so that occurrence's figures count the confirmed organizations; a later one for
/// an occurrence the window ends before is never applied.
/// </summary>
[Collection("dashboard-azurite")]
public sealed class SimulatedPresenceTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_presence_list_is_confirmed_after_the_occurrence_is_held_and_replaces_the_answers_in_its_figures()
    {
        var config = PartnershipConfigLoader.Load(CliRun.Sample("element.yaml"), new LocalDate(2026, 10, 15)).Config!;
        var (file, errors) = ResponsesFileReader.Parse(
            "default: accepted\npresence:\n  - { series: routeoverleg, date: 2026-11-04, organizations: [het-element] }\n  - { series: routeoverleg, date: 2027-01-06, organizations: [roc-mn] }\n",
            "r.yaml",
            config);
        Assert.Empty(errors);
        var progress = new Collected();
        string hub = "s" + Guid.NewGuid().ToString("N")[..12];
        var output = Directory.CreateTempSubdirectory("workflows-presence-").FullName;

        // Until 6 January: that day's meeting is held, but its presence is only confirmed the next morning, after the window.
        var result = await new Simulator(config, file!, progress).RunAsync(azurite.ConnectionString, hub, new LocalDate(2026, 10, 15), new LocalDate(2027, 1, 6), output);

        Assert.Empty(result.Failures);
        var store = AttendanceStore.For(new TableServiceClient(azurite.ConnectionString), hub);
        var confirmed = Assert.Single(await store.ReadPresenceAsync(config.Partnership.Id, "routeoverleg", "2026-08-01", "2027-07-31"));
        Assert.Equal("2026-11-04", confirmed.Date);
        Assert.Equal(["het-element"], confirmed.Organizations);

        var year = new SchoolYear(2026);
        var report = await new AttendanceReader(store).ReadAsync(config, config.FindMeeting("routeoverleg")!, year, CancellationToken.None);
        var november = report.Occurrences.Single(o => o.Date == new LocalDate(2026, 11, 4));
        Assert.True(november.Confirmed);
        Assert.Equal(["het-element"], november.Present);
        Assert.True(november.Invited.Count > 1);
        var january = report.Occurrences.Single(o => o.Date == new LocalDate(2027, 1, 6));
        Assert.False(january.Confirmed);
        Assert.Equal(january.Invited.Order(), january.Present.Order()); // everyone accepted: the answers still count
        Assert.DoesNotContain(progress.Lines, l => l.Contains("presence", StringComparison.Ordinal));
    }

    private sealed class Collected : SimulationProgress
    {
        public List<string> Lines { get; } = [];

        public override Task LineAsync(string line)
        {
            Lines.Add(line);
            return Task.CompletedTask;
        }

        public override Task ReachedAsync(LocalDate date) => Task.CompletedTask;
    }
}
