using Workflows.Partnerships.Configuration;
using Workflows.Partnerships.Tests.Configuration;

namespace Workflows.Partnerships.Tests.Docs;

/// <summary>What the schema marks in the editor, the loader refuses too: a misspelt key, a value that is not a keyword.</summary>
public sealed class SchemaRefusalTests
{
    private const string Valid = """
        partnership:
          id: p
          name: Partnership
          timeZone: Europe/Amsterdam
          schoolRegion: zuid
          language: en
          organizer: secretariaat@p.example
          coordinators: [anna]
        organizations:
          - { id: school, name: School, kind: vmbo, board: Stichting }
          - { id: roc, name: ROC, kind: mbo }
        people:
          - { id: anna, name: Anna Smit, email: anna@p.example, organization: school, roles: [coordinator] }
          - { id: jan, name: Jan Bos, email: jan@p.example, organization: roc, roles: [sectordirecteur, docent] }
        groups:
          - { id: g, name: Group, members: [anna, kind:mbo&role:sectordirecteur], chair: anna }
        meetings:
          - id: m
            group: g
            title: Meeting
            name: the steering group
            shortName: Steering group
            tone: je
            recurrence: RRULE:FREQ=MONTHLY;INTERVAL=2;BYDAY=2TU
            start: 2026-09-08
            time: 15:00-17:00
            location: Room 1
            online: true
            holidays: next-week
            inviteLeadDays: 21
            rsvpDeadlineDays: 7
            minAnswerWorkingDays: 4
            minReminderWorkingDays: 2
            agenda: { fixedItems: [Opening, Any other business], chairReminderDays: 28 }
            quorum:
              requireKinds: [mbo]
              require: ["kind:mbo & role:sectordirecteur"]
              minAccepted: 1
              onMissing: cancel
              countCoordinators: false
            lowTurnout: 0.25
        subsidyRounds:
          - id: r
            title: Round
            funder: Funder
            deadline: 2027-02-15T17:00
            audience: [role:docent]
            reminders: [14, 1]
            url: https://subsidies.example/r
            shareApplications: true
        convenants:
          - id: c
            vmbo: school
            mbo: roc
            crebos: [25180, "25181"]
            pricePerHour: 52.5
            hours: { stagebegeleiding: 120, leerlijncontacten: 99.5 }
            validUntil: 2027-07-31
            review: { month: 3, participants: [org:school&role:coordinator, jan], leadDays: 30 }
        calendar:
          extraClosedDays: [2026-11-11]
          holidays:
            - { name: herfstvakantie, from: 2026-10-24, to: 2026-11-01 }
            - { name: studieweek, from: 2027-03-01, to: 2027-03-05 }
          includeGoodFriday: true
          liberationDay: always
          fridayAfterAscension: true
        """;

    [Fact]
    public void A_file_using_every_key_is_valid_for_both()
    {
        Assert.Empty(PartnershipSchema.Errors(Valid));
        Assert.Empty(PartnershipConfigLoader.Parse(Valid, "p.yaml", SampleConfigs.Today).Errors);
    }

    [Theory]
    // Misspelt keys, at each level of nesting.
    [InlineData("  timeZone: Europe/Amsterdam", "  timezone: Europe/Amsterdam")]
    [InlineData("    inviteLeadDays: 21", "    inviteLeadDay: 21")]
    [InlineData("      onMissing: cancel", "      onMising: cancel")]
    [InlineData("  includeGoodFriday: true", "  includeGoodfriday: true")]
    [InlineData("subsidyRounds:", "subsidies:")]
    [InlineData("{ month: 3,", "{ moth: 3,")]
    // Values that are not keywords.
    [InlineData("schoolRegion: zuid", "schoolRegion: zuid-oost")]
    [InlineData("language: en", "language: de")]
    [InlineData("kind: vmbo", "kind: vwo")]
    [InlineData("holidays: next-week", "holidays: next_week")]
    [InlineData("tone: je", "tone: jij")]
    [InlineData("onMissing: cancel", "onMissing: maybe")]
    [InlineData("requireKinds: [mbo]", "requireKinds: [roc]")]
    [InlineData("liberationDay: always", "liberationDay: sometimes")]
    [InlineData("kind:mbo&role:sectordirecteur]", "kind:roc&role:sectordirecteur]")]
    [InlineData("[org:school&", "[organization:school&")]
    // Formats and ranges the schema states as the loader does.
    [InlineData("time: 15:00-17:00", "time: 15.00-17.00")]
    [InlineData("start: 2026-09-08", "start: 8-9-2026")]
    [InlineData("lowTurnout: 0.25", "lowTurnout: 25")]
    [InlineData("month: 3", "month: 13")]
    [InlineData("minAnswerWorkingDays: 4", "minAnswerWorkingDays: 0")]
    [InlineData("id: p\n", "id: p q\n")]
    [InlineData("organizer: secretariaat@p.example", "organizer: Secretariaat <secretariaat@p.example>")]
    [InlineData("online: true", "online: yes")]
    [InlineData("crebos: [25180,", "crebos: [2518,")]
    [InlineData("FREQ=MONTHLY;INTERVAL=2", "FREQ=MONTLY;INTERVAL=2")]
    [InlineData("name: the steering group", "name: Steering group")]
    [InlineData("url: https://subsidies.example/r", "url: subsidies.example/r")]
    [InlineData("members: [anna, ", "members: [anna smit, ")]
    public void A_mistake_the_schema_marks_is_one_the_loader_refuses(string valid, string wrong)
    {
        Assert.Contains(valid, Valid, StringComparison.Ordinal);
        string text = Valid.Replace(valid, wrong, StringComparison.Ordinal);

        Assert.NotEmpty(PartnershipSchema.Errors(text));
        Assert.NotEmpty(PartnershipConfigLoader.Parse(text, "p.yaml", SampleConfigs.Today).Errors);
    }
}
