using Workflows.Partnerships.Configuration;

namespace Workflows.Partnerships.Tests.Configuration;

/// <summary>A person with a wrong organization silences only the checks that person could change.</summary>
public sealed class UncertainMembershipTests
{
    private const string Yaml = """
        partnership:
          id: p
          name: P
          schoolRegion: midden
          organizer: org@p.example
          coordinators: [anna]
        organizations:
          - { id: v1, name: V, kind: vmbo }
          - { id: m1, name: M, kind: mbo }
        people:
          - { id: anna, name: Anna, email: anna@p.example, organization: v1, roles: [coordinator] }
          - { id: bob, name: Bob, email: bob@p.example, organization: m1, roles: [docent] }
          - { id: carl, name: Carl, email: carl@p.example, organization: v11, roles: [docent] }
        groups:
          - id: h
            name: H
            members: [anna, kind:hbo]
            chair: bob
          - id: k
            name: K
            members: [anna, role:bestuurder]
        """;

    [Fact]
    public void Unrelated_checks_still_report_while_those_the_person_could_change_stay_quiet()
    {
        var result = PartnershipConfigLoader.Parse(Yaml, "p.yaml", new NodaTime.LocalDate(2026, 11, 23));

        Assert.Equal(
            [
                "p.yaml:13:66: people[2].organization: unknown organization 'v11'; did you mean 'v1'?",
                "p.yaml:18:12: groups[0].chair: 'bob' chairs group 'h' but is not one of its members",
                "p.yaml:21:21: groups[1].members[1]: selector 'role:bestuurder' matches nobody (nobody has role 'bestuurder')",
            ],
            result.Errors.Select(e => e.ToString()));
    }
}
