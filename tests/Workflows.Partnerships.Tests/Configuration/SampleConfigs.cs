using NodaTime;

namespace Workflows.Partnerships.Tests.Configuration;

/// <summary>YAML texts shared by the configuration and selector tests.</summary>
internal static class SampleConfigs
{
    public static readonly LocalDate Today = new(2026, 6, 1);

    public const string Minimal = """
        partnership:
          id: profijt
          name: Profijt
          schoolRegion: midden
          organizer: coordinatie@profijt.nl
        organizations:
          - id: oost
            name: Scholengroep Oost
            kind: vmbo
        people:
          - id: anna
            name: Anna de Vries
            email: anna@oost.nl
            organization: oost
        """;

    // Line numbers matter: the error tests below refer to lines of a copy of this text.
    public const string Full = """
        partnership:
          id: profijt
          name: Profijt Achterhoek
          timeZone: Europe/Amsterdam
          schoolRegion: midden
          language: nl
          organizer: coordinatie@profijt.nl
          coordinators: [karin, erik]
        organizations:
          - id: oost
            name: Scholengroep Oost
            kind: vmbo
            board: Stichting Oost
          - id: roc
            name: ROC Voorbeeld
            kind: mbo
          - id: pro
            name: Praktijkschool West
            kind: pro
        people:
          - id: karin
            name: Karin Bos
            email: karin@profijt.nl
            organization: oost
            roles: [coördinator]
          - id: erik
            name: Erik Smit
            email: erik@profijt.nl
            organization: roc
            roles: [coördinator]
          - id: anna
            name: Anna de Vries
            email: anna@oost.nl
            organization: oost
            roles: [afdelingsleider, decaan]
          - id: jan
            name: Jan Jansen
            email: jan@roc.nl
            organization: roc
            roles: [sectordirecteur]
          - id: piet
            name: Piet Pieters
            email: piet@west.nl
            organization: pro
            roles: [directeur]
        groups:
          - id: directieberaad
            name: Directieberaad
            members: [role:afdelingsleider, kind:mbo&role:sectordirecteur, role:directeur, karin]
            chair: karin
        meetings:
          - id: directieberaad
            group: directieberaad
            title: Directieberaad Profijt
            recurrence: FREQ=MONTHLY;INTERVAL=2;BYDAY=2TU
            start: 2026-09-08
            time: "15:00-17:00"
            location: Het Assink, Haaksbergen
            online: false
            holidays: next-week
            inviteLeadDays: 21
            rsvpDeadlineDays: 7
            agenda:
              fixedItems: [Nieuws binnen Profijt]
              chairReminderDays: 28
            quorum:
              requireKinds: [vmbo, mbo]
              minAccepted: 3
            lowTurnout: 0.5
        subsidyRounds:
          - id: stera-2026
            title: STERA 2026
            funder: Provincie Gelderland
            deadline: 2026-10-01
            audience: [role:directeur, kind:mbo&role:sectordirecteur]
            url: https://example.org/stera
            shareApplications: true
        convenants:
          - id: oost-roc
            vmbo: oost
            mbo: roc
            crebos: ["25180", "23089"]
            pricePerHour: 50
            hours: {stagebegeleiders: 120, leerlijncontacten: 100, mboAansluiting: 100}
            validUntil: 2027-07-31
            review:
              month: 3
              participants: [org:oost&role:afdelingsleider, jan]
              leadDays: 30
        calendar:
          extraClosedDays: [2026-11-20]
          holidays:
            - {name: herfstvakantie, from: 2026-10-24, to: 2026-11-01}
          includeGoodFriday: true
        """;
}
