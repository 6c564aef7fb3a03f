using Workflows.Partnerships.Configuration;

namespace Workflows.Partnerships.Tests.Configuration;

public sealed class LoaderErrorTests
{
    private const string TenMistakes = """
        partnership:
          id: profijt
          name: Profijt
          timezone: Europe/Amsterdam
          schoolRegion: midde
          organizer: coordinatie@profijt.nl
        organizations:
          - id: oost
            name: Scholengroep Oost
            kind: vmbo
          - id: roc
            name: ROC Voorbeeld
            kind: mbo
        people:
          - id: anna
            name: Anna de Vries
            email: anna-at-oost.nl
            organization: oost
            roles: [afdelingsleider]
          - id: jan
            name: Jan Jansen
            email: jan@roc.nl
            organization: rocc
            roles: [sectordirecteur]
          - id: jan
            name: Jan Janssen
            email: jan.janssen@roc.nl
            organization: roc
        groups:
          - id: db
            name: Directieberaad
            members: [role:afdelingsleider, kind:mbo&role:sectordirecteur, anan]
        meetings:
          - id: db
            group: db
            title: Directieberaad
            recurrence: FREQ=MONTHY;BYDAY=2TU
            start: 2026-09-08
            time: "17:00-15:00"
            inviteLeadDays: 21
            rsvpDeadlineDays: 7
            lowTurnout: 1.5
        subsidyRounds:
          - id: stera
            title: STERA
            funder: Provincie Gelderland
            deadline: 2026-01-31
            audience: [role:afdelingsleider]
        """;

    [Fact]
    public void Ten_mistakes_give_ten_located_errors_and_no_configuration()
    {
        var result = PartnershipConfigLoader.Parse(TenMistakes, "profijt.yaml", SampleConfigs.Today);

        Assert.Null(result.Config);
        Assert.Equal(
            [
                "profijt.yaml:4:3: unknown key 'timezone' in partnership; did you mean 'timeZone'?",
                "profijt.yaml:5:17: partnership.schoolRegion: unknown school region 'midde' (expected noord, midden or zuid); did you mean 'midden'?",
                "profijt.yaml:17:12: people[0].email: 'anna-at-oost.nl' is not an e-mail address",
                "profijt.yaml:23:19: people[1].organization: unknown organization 'rocc'; did you mean 'roc'?",
                "profijt.yaml:25:9: people[2].id: duplicate person id 'jan' (first used on line 20)",
                "profijt.yaml:32:68: groups[0].members[2]: selector 'anan': unknown person 'anan'; did you mean 'anna'?",
                "profijt.yaml:37:17: meetings[0].recurrence: invalid RRULE 'FREQ=MONTHY;BYDAY=2TU': unknown FREQ 'MONTHY'; did you mean 'MONTHLY'?",
                "profijt.yaml:39:11: meetings[0].time: '17:00-15:00' ends before it starts (a meeting cannot run past midnight)",
                "profijt.yaml:42:17: meetings[0].lowTurnout: 1.5 is not a fraction between 0 and 1",
                "profijt.yaml:47:15: subsidyRounds[0].deadline: the deadline 2026-01-31 has passed (today is 2026-06-01)",
            ],
            result.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Errors_carry_file_line_column_and_message_separately()
    {
        var result = PartnershipConfigLoader.Parse(TenMistakes, "profijt.yaml", SampleConfigs.Today);

        var first = result.Errors[0];
        Assert.Equal(new ConfigError("profijt.yaml", 4, 3, "unknown key 'timezone' in partnership; did you mean 'timeZone'?"), first);
    }
}
