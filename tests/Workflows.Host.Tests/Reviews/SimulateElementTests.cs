using System.Text.Json;

namespace Workflows.Host.Tests.Reviews;

/// <summary><c>simulate</c> on the Het Element sample: one bestuur talk per convenant, invited with its agenda.</summary>
[Collection(Simulation.SimulationCollectionDefinition.Name)]
public sealed class SimulateElementTests(Simulation.SimulatedYears years)
{
    [Fact]
    public async Task A_school_year_shows_one_invited_talk_per_convenant_with_its_agenda()
    {
        var year = await years.GetAsync("element.yaml", null);

        Assert.True(year.Exit == 0, year.Error);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(year.TimelineJson));
        var invited = json.RootElement.GetProperty("events").EnumerateArray()
            .Where(e => e.GetProperty("kind").GetString() == "review.invited")
            .Select(e => $"{e.GetProperty("convenant").GetString()} {e.GetProperty("start").GetString()} {e.GetProperty("recipients").GetArrayLength()}")
            .ToList();
        Assert.Equal(
            [
                "element-roc-mn 2027-03-09T15:00:00+01:00 4",
                "element-mbo-amersfoort 2027-04-13T15:00:00+02:00 4",
                "element-rijn-ijssel 2027-05-11T15:00:00+02:00 4",
            ],
            invited);
        var agendas = Directory.GetFiles(year.Outbox, "*.ics")
            .Select(f => File.ReadAllText(f).Replace("\r\n ", string.Empty, StringComparison.Ordinal))
            .Where(t => t.Contains("SUMMARY:Bestuursgesprek convenant", StringComparison.Ordinal))
            .ToList();
        Assert.Equal(3, agendas.Count);
        Assert.All(agendas, a => Assert.Contains("Verdeling van de samenwerking over het mbo-aanbod", a, StringComparison.Ordinal));
        string html = await File.ReadAllTextAsync(year.TimelineHtml);
        Assert.Contains("<td>Uitnodiging bestuursgesprek verstuurd</td><td>Convenant ", html, StringComparison.Ordinal);
        Assert.Contains("<td>Convenant loopt af</td>", html, StringComparison.Ordinal);
    }
}
