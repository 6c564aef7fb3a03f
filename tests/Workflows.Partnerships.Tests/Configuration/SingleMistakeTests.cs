using Workflows.Partnerships.Configuration;

namespace Workflows.Partnerships.Tests.Configuration;

/// <summary>One change to the valid full file, one exact located error: no cascade from a single mistake.</summary>
public sealed class SingleMistakeTests
{
    [Theory]
    // Missing required field: reported at the entry's mapping.
    [InlineData("    title: Directieberaad Profijt\n", "", "52:5: missing required key 'title' in meetings[0]")]
    // Wrong types.
    [InlineData("inviteLeadDays: 21", "inviteLeadDays: drie", "61:21: meetings[0].inviteLeadDays: 'drie' is not a whole number")]
    [InlineData("online: false", "online: ja", "59:13: meetings[0].online: 'ja' is not true or false")]
    [InlineData("start: 2026-09-08", "start: 2026-02-30", "56:12: meetings[0].start: '2026-02-30' is not a date (yyyy-MM-dd)")]
    [InlineData("roles: [directeur]", "roles: directeur", "45:12: people[4].roles: expected a list, not 'directeur'")]
    [InlineData("fixedItems: [Nieuws binnen Profijt]", "fixedItems: {a: b}", "64:19: meetings[0].agenda.fixedItems: expected a list, not a mapping")]
    [InlineData("leerlijncontacten: 100", "leerlijncontacten: veel", "84:55: convenants[0].hours.leerlijncontacten: 'veel' is not a number of hours")]
    [InlineData("[2026-11-20]", "[2026-11-31]", "91:21: calendar.extraClosedDays[0]: '2026-11-31' is not a date (yyyy-MM-dd)")]
    // Unknown values, with suggestions where one is close.
    [InlineData("timeZone: Europe/Amsterdam", "timeZone: Europe/Amsterdm", "4:13: partnership.timeZone: unknown time zone 'Europe/Amsterdm'; did you mean 'Europe/Amsterdam'?")]
    [InlineData("language: nl", "language: de", "6:13: partnership.language: unknown language 'de' (expected nl or en)")]
    [InlineData("holidays: next-week", "holidays: next_week", "60:15: meetings[0].holidays: unknown holiday policy 'next_week' (expected skip, next-week, previous-week or ignore); did you mean 'next-week'?")]
    [InlineData("BYDAY=2TU", "BYDAY=2TX", "55:17: meetings[0].recurrence: invalid RRULE 'FREQ=MONTHLY;INTERVAL=2;BYDAY=2TX': unknown BYDAY day '2TX' (expected MO, TU, WE, TH, FR, SA or SU, optionally numbered like 2TU); did you mean 'TU'?")]
    [InlineData("INTERVAL=2", "INTERVAL=0", "55:17: meetings[0].recurrence: invalid RRULE 'FREQ=MONTHLY;INTERVAL=0;BYDAY=2TU': INTERVAL value 0 is out of range. Valid values are between 1 and 2147483647, excluding zero (0)")]
    [InlineData("FREQ=MONTHLY;INTERVAL=2;BYDAY=2TU", "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", "55:17: meetings[0].recurrence: 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30' gives no meeting in the two years from 2026-09-08; check BYMONTH, BYMONTHDAY and BYSETPOS")]
    [InlineData("url: https://example.org/stera", "url: example.org/stera", "76:10: subsidyRounds[0].url: 'example.org/stera' is not an http(s) address")]
    [InlineData("\"23089\"", "\"2308\"", "82:23: convenants[0].crebos[1]: '2308' is not a crebo number (five digits)")]
    // Ranges.
    [InlineData("month: 3", "month: 13", "87:14: convenants[0].review.month: 13 is not a month (1-12)")]
    [InlineData("leadDays: 30", "leadDays: -30", "89:17: convenants[0].review.leadDays: -30 days is negative; a number of days before must be 0 or more")]
    [InlineData("rsvpDeadlineDays: 7", "rsvpDeadlineDays: 30", "62:23: meetings[0].rsvpDeadlineDays: answers are due 30 days before the meeting, which is not after the invitation goes out (21 days before)")]
    [InlineData("chairReminderDays: 28", "chairReminderDays: 21", "65:26: meetings[0].agenda.chairReminderDays: the chair is asked for agenda items 21 days before the meeting, which is not before the invitation goes out (21 days before)")]
    [InlineData("{name: herfstvakantie,", "{name: herfst,", "93:14: calendar.holidays[0].name: 'herfst' is not a school holiday's name; did you mean 'herfstvakantie'? (the same name replaces the built-in period, another name adds a closed period)")]
    [InlineData("{name: herfstvakantie,", "{name: herfstvakanite,", "93:14: calendar.holidays[0].name: 'herfstvakanite' is not a school holiday's name; did you mean 'herfstvakantie'? (the same name replaces the built-in period, another name adds a closed period)")]
    [InlineData("to: 2026-11-01", "to: 2026-10-01", "93:52: calendar.holidays[0].to: 2026-10-01 is before the holiday starts (2026-10-24)")]
    // References.
    [InlineData("group: directieberaad", "group: directiberaad", "53:12: meetings[0].group: unknown group 'directiberaad'; did you mean 'directieberaad'?")]
    [InlineData("[karin, erik]", "[karin, erk]", "8:25: partnership.coordinators[1]: unknown person 'erk'; did you mean 'erik'?")]
    [InlineData("vmbo: oost", "vmbo: oosterhout", "80:11: convenants[0].vmbo: unknown organization 'oosterhout'")]
    [InlineData("mbo: roc", "mbo: oost", "81:10: convenants[0].mbo: 'oost' is a vmbo organization, not mbo")]
    [InlineData("chair: karin", "chair: erik", "50:12: groups[0].chair: 'erik' chairs group 'directieberaad' but is not one of its members")]
    [InlineData("requireKinds: [vmbo, mbo]", "requireKinds: [vmbo, mbo, hbo]", "67:33: meetings[0].quorum.requireKinds[2]: no member of group 'directieberaad' is from a hbo organization, so the quorum can never be met")]
    [InlineData("requireKinds: [vmbo, mbo]", "requireKinds: [vmbo, mob]", "67:28: meetings[0].quorum.requireKinds[1]: unknown kind 'mob' (expected vmbo, mbo, hbo, vso, pro or havo-vwo); did you mean 'mbo'?")]
    [InlineData("minAccepted: 3", "minAccepted: 9", "68:20: meetings[0].quorum.minAccepted: 9 acceptances needed but group 'directieberaad' has only 4 members")]
    [InlineData("  - id: piet", "  - id: jan", "41:9: people[4].id: duplicate person id 'jan' (first used on line 36)")]
    // Selectors.
    [InlineData("role:directeur, karin]", "role:directuer, karin]", "49:68: groups[0].members[2]: selector 'role:directuer' matches nobody (nobody has role 'directuer'; did you mean 'directeur'?)")]
    [InlineData("[role:directeur, kind", "[rol:directeur, kind", "75:16: subsidyRounds[0].audience[0]: selector 'rol:directeur': unknown prefix 'rol:' (expected role:, kind:, org: or a person id); did you mean 'role:'?")]
    [InlineData("kind:mbo&role:sectordirecteur]\n    url", "kind:mob&role:sectordirecteur]\n    url", "75:32: subsidyRounds[0].audience[1]: selector 'kind:mob&role:sectordirecteur': unknown kind 'mob' (expected vmbo, mbo, hbo, vso, pro or havo-vwo); did you mean 'mbo'?")]
    [InlineData("[org:oost&role", "[org:ost&role", "88:22: convenants[0].review.participants[0]: selector 'org:ost&role:afdelingsleider': unknown organization 'ost'; did you mean 'oost'?")]
    [InlineData("afdelingsleider, jan]", "afdelingsleider&, jan]", "88:22: convenants[0].review.participants[0]: selector 'org:oost&role:afdelingsleider&' has an empty part (write a&b, not a& or &b)")]
    // YAML-level: a key written twice stops the parser, at the second occurrence.
    [InlineData("  name: Profijt Achterhoek\n", "  name: Profijt Achterhoek\n  name: Profijt\n", "4:3: duplicate key 'name' (each key may appear once in a mapping)")]
    public void One_mistake_gives_one_located_error(string find, string replace, string expected)
    {
        Assert.Contains(find, SampleConfigs.Full, StringComparison.Ordinal);
        var text = SampleConfigs.Full.Replace(find, replace, StringComparison.Ordinal);

        var result = PartnershipConfigLoader.Parse(text, "profijt.yaml", SampleConfigs.Today);

        Assert.Null(result.Config);
        Assert.Equal([$"profijt.yaml:{expected}"], result.Errors.Select(e => e.ToString()));
    }
}
