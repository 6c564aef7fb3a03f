using NodaTime;
using Workflows.Host.Simulation;
using Workflows.Partnerships.Configuration;

namespace Workflows.Host.Tests.Simulation;

/// <summary>The responses file's <c>decisions:</c>: the coordinators' answer to an occurrence at risk, read or located.</summary>
public sealed class ResponsesFileDecisionTests
{
    private static readonly PartnershipConfig Config =
        PartnershipConfigLoader.Load(CliRun.Sample("element.yaml"), new LocalDate(2026, 11, 23)).Config!;

    [Fact]
    public void Decisions_are_read_with_who_and_at_defaulting()
    {
        var (file, errors) = ResponsesFileReader.Parse(
            "default: accepted\ndecisions:\n  - { series: routeoverleg, date: 2026-11-04, decision: hold }\n  - { series: routeoverleg, date: 2027-01-06, decision: cancel, who: ruben-kok, at: 2026-12-18T10:30 }\n",
            "r.yaml",
            Config);

        Assert.Empty(errors);
        Assert.Equal(
            [
                new DecisionRule("routeoverleg", new LocalDate(2026, 11, 4), "hold", "simulate", null),
                new DecisionRule("routeoverleg", new LocalDate(2027, 1, 6), "cancel", "ruben-kok", new LocalDateTime(2026, 12, 18, 10, 30)),
            ],
            file!.Decisions);
    }

    [Theory]
    [InlineData("{ series: routeoverleg, date: 2026-11-04, decision: misschien }", "r.yaml:3:57: decisions: 'misschien' is not a decision (expected hold or cancel)")]
    [InlineData("{ series: route, date: 2026-11-04, decision: hold }", "r.yaml:3:15: decisions: no meeting series 'route'; the configuration has: routeoverleg")]
    [InlineData("{ series: routeoverleg, date: 2026-11-05, decision: hold }", "r.yaml:3:35: decisions: series 'routeoverleg' has no meeting on 2026-11-05")]
    [InlineData("{ series: routeoverleg, date: 4-11-2026, decision: hold }", "r.yaml:3:35: decisions: date must be yyyy-MM-dd, not '4-11-2026'")]
    [InlineData("{ series: routeoverleg, decision: hold }", "r.yaml:3:5: decisions: 'date' is missing (the occurrence's series date, yyyy-MM-dd)")]
    [InlineData("{ series: routeoverleg, date: 2026-11-04 }", "r.yaml:3:5: 'decision' is missing")]
    [InlineData("{ series: routeoverleg, date: 2026-11-04, decision: hold, at: morgen }", "r.yaml:3:67: decisions: at must be a local date-time yyyy-MM-ddTHH:mm, not 'morgen'")]
    [InlineData("{ series: routeoverleg, date: 2026-11-04, decision: hold, when: now }", "r.yaml:3:63: decisions: unknown key 'when' (expected series, date, decision, who, at)")]
    public void A_bad_decision_is_one_located_error(string entry, string expected)
    {
        var (file, errors) = ResponsesFileReader.Parse($"default: accepted\ndecisions:\n  - {entry}\n", "r.yaml", Config);

        Assert.Null(file);
        Assert.Equal([expected], errors.Select(e => e.ToString()));
    }
}
