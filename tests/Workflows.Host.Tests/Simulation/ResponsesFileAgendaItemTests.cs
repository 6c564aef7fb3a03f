using NodaTime;
using Workflows.Host.Simulation;
using Workflows.Partnerships.Configuration;

namespace Workflows.Host.Tests.Simulation;

/// <summary>The responses file's <c>agendaItems:</c> (contract): proposals for an occurrence's agenda, read or located.</summary>
public sealed class ResponsesFileAgendaItemTests
{
    private static readonly PartnershipConfig Config =
        PartnershipConfigLoader.Load(CliRun.Sample("element.yaml"), new LocalDate(2026, 11, 23)).Config!;

    [Fact]
    public void Items_are_read_accepted_unless_they_say_otherwise_with_the_name_of_who_brings_them_in()
    {
        var (file, errors) = ResponsesFileReader.Parse(
            "default: accepted\nagendaItems:\n  - { series: routeoverleg, date: 2026-11-04, who: ruben-kok, title: Evaluatie open dag }\n"
            + "  - { series: routeoverleg, date: 2026-11-04, who: ruben-kok, title: ' Stages  ', accepted: false }\n",
            "r.yaml",
            Config);

        Assert.Empty(errors);
        Assert.Equal(
            [
                new AgendaItemRule("routeoverleg", new LocalDate(2026, 11, 4), "ruben-kok", "Ruben Kok", "Evaluatie open dag", true),
                new AgendaItemRule("routeoverleg", new LocalDate(2026, 11, 4), "ruben-kok", "Ruben Kok", "Stages", false),
            ],
            file!.AgendaItems);
    }

    [Theory]
    [InlineData("{ series: route, date: 2026-11-04, who: ruben-kok, title: T }", "r.yaml:3:15: agendaItems: no meeting series 'route'; the configuration has: routeoverleg")]
    [InlineData("{ series: routeoverleg, date: 2026-11-05, who: ruben-kok, title: T }", "r.yaml:3:35: agendaItems: series 'routeoverleg' has no meeting on 2026-11-05")]
    [InlineData("{ series: routeoverleg, who: ruben-kok, title: T }", "r.yaml:3:5: agendaItems: 'date' is missing (the occurrence's series date, yyyy-MM-dd)")]
    [InlineData("{ series: routeoverleg, date: 2026-11-04, who: ruben, title: T }", "r.yaml:3:52: agendaItems: who 'ruben' is not a person id of the configuration")]
    [InlineData("{ series: routeoverleg, date: 2026-11-04, who: ruben-kok }", "r.yaml:3:5: 'title' is missing")]
    [InlineData("{ series: routeoverleg, date: 2026-11-04, who: ruben-kok, title: T, accepted: ja }", "r.yaml:3:83: agendaItems: accepted is true or false")]
    [InlineData("{ series: routeoverleg, date: 2026-11-04, who: ruben-kok, title: T, by: me }", "r.yaml:3:73: agendaItems: unknown key 'by' (expected series, date, who, title, accepted)")]
    public void A_bad_item_is_one_located_error(string entry, string expected)
    {
        var (file, errors) = ResponsesFileReader.Parse($"default: accepted\nagendaItems:\n  - {entry}\n", "r.yaml", Config);

        Assert.Null(file);
        Assert.Equal([expected], errors.Select(e => e.ToString()));
    }

    [Fact]
    public void A_title_longer_than_an_agenda_line_is_refused_where_it_stands()
    {
        string title = new('x', 121);
        var (file, errors) = ResponsesFileReader.Parse(
            $"default: accepted\nagendaItems:\n  - {{ series: routeoverleg, date: 2026-11-04, who: ruben-kok, title: {title} }}\n", "r.yaml", Config);

        Assert.Null(file);
        Assert.Equal(["r.yaml:3:70: 'title' is too long: 121 characters, at most 120."], errors.Select(e => e.ToString()));
    }
}
