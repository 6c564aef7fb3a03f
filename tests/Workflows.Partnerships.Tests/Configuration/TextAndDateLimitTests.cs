using Workflows.Partnerships.Configuration;

namespace Workflows.Partnerships.Tests.Configuration;

/// <summary>
/// Every text of the file is held to TextLimits and every date to the ten-year horizon, each reported where it is;
/// what passes the file can never break an invitation, a mail or a running workflow further on.
/// </summary>
public sealed class TextAndDateLimitTests
{
    private static List<string> Errors(string yaml) =>
        [.. PartnershipConfigLoader.Parse(yaml, "f.yaml", SampleConfigs.Today).Errors.Select(e => e.ToString())];

    /// <summary><c>f.yaml:line:col</c> of the first <paramref name="value"/> in <paramref name="yaml"/>.</summary>
    private static string At(string yaml, string value)
    {
        int index = yaml.IndexOf(value, StringComparison.Ordinal);
        Assert.True(index >= 0, value);
        int line = yaml[..index].Count(c => c == '\n') + 1;
        int column = index - (yaml.LastIndexOf('\n', Math.Max(index - 1, 0)) + 1) + 1;
        return FormattableString.Invariant($"f.yaml:{line}:{column}");
    }

    private static string Full(string from, string to)
    {
        Assert.Contains(from, SampleConfigs.Full, StringComparison.Ordinal);
        return SampleConfigs.Full.Replace(from, to, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_with_a_line_break_that_would_inject_an_ics_line_is_refused_at_its_position()
    {
        // The attack's name: in an ATTENDEE's CN parameter it ended the line and began "X-INJ: 1" as a line of its own.
        string yaml = Full("    name: Anna de Vries", """    name: "Evil\";ROLE=CHAIR\r\nX-INJ: 1" """);

        var errors = Errors(yaml);

        Assert.Equal(
            [$"{At(yaml, "\"Evil")}: people[2].name contains a control character (U+000D) at position 17; it must be one line."],
            errors);
    }

    [Fact]
    public void Every_misfit_text_is_reported_not_only_the_first()
    {
        string yaml = Full("  name: Profijt Achterhoek", "  name: " + new string('P', 201))
            .Replace("  - id: oost\n", "  - id: " + new string('o', 65) + "\n", StringComparison.Ordinal)
            .Replace("title: STERA 2026", "title: \"STERA\\t2026\"", StringComparison.Ordinal)
            .Replace("location: Het Assink, Haaksbergen", "location: " + new string('L', 501), StringComparison.Ordinal)
            .Replace("fixedItems: [Nieuws binnen Profijt]", "fixedItems: [\"Nieuws\\u2028binnen\"]", StringComparison.Ordinal)
            .Replace("url: https://example.org/stera", "url: https://example.org/" + new string('u', 2000), StringComparison.Ordinal)
            .Replace("email: jan@roc.nl", "email: j" + new string('a', 250) + "@roc.nl", StringComparison.Ordinal);

        var errors = Errors(yaml);

        Assert.Contains($"{At(yaml, "PPP")}: partnership.name is too long: 201 characters, at most 200.", errors);
        Assert.Contains($"{At(yaml, "ooo")}: organizations[0].id is too long: 65 characters, at most 64.", errors);
        Assert.Contains($"{At(yaml, "jaaa")}: people[3].email is too long: 258 characters, at most 254.", errors);
        Assert.Contains($"{At(yaml, "LLL")}: meetings[0].location is too long: 501 characters, at most 500.", errors);
        Assert.Contains($"{At(yaml, "\"Nieuws")}: meetings[0].agenda.fixedItems[0] contains a control character (U+2028) at position 7; it must be one line.", errors);
        Assert.Contains($"{At(yaml, "\"STERA")}: subsidyRounds[0].title contains a control character (U+0009) at position 6; it must be one line.", errors);
        Assert.Contains($"{At(yaml, "https://example.org/uuu")}: subsidyRounds[0].url is too long: 2020 characters, at most 2000.", errors);

        // No message carries a misfit text itself (a 2 000-character url, a tab) on to the terminal or a log.
        Assert.All(errors, e => Assert.True(e.Length < 300 && !e.Contains('\t', StringComparison.Ordinal), e));
    }

    [Fact]
    public void A_key_or_a_list_item_with_a_line_break_is_reported_without_echoing_it()
    {
        string yaml = SampleConfigs.Minimal + "\ngroups:\n  - id: g\n    name: G\n    members: [\"anna\\r\\nX-INJ: 1\"]\n    \"ch\\rair\": anna\n";

        var errors = Errors(yaml);

        Assert.Contains($"{At(yaml, "\"anna")}: groups[0].members[0] contains a control character (U+000D) at position 5; it must be one line.", errors);
        Assert.Contains($"{At(yaml, "\"ch")}: a key in groups[0] contains a control character (U+000D) at position 3; it must be one line.", errors);
        Assert.DoesNotContain(errors, e => e.Contains('\r', StringComparison.Ordinal) || e.Contains('\n', StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("start: 2026-09-08", "start: 9999-12-31", "9999-12-31", "meetings[0].start")]
    [InlineData("validUntil: 2027-07-31", "validUntil: 2036-06-02", "2036-06-02", "convenants[0].validUntil")]
    [InlineData("[2026-11-20]", "[2026-11-20, 3000-01-01]", "3000-01-01", "calendar.extraClosedDays[1]")]
    [InlineData("from: 2026-10-24", "from: 2037-01-01", "2037-01-01", "calendar.holidays[0].from")]
    [InlineData("to: 2026-11-01", "to: 9999-12-31", "9999-12-31", "calendar.holidays[0].to")]
    public void A_date_more_than_ten_years_ahead_is_refused_at_its_position(string from, string to, string date, string path)
    {
        string yaml = Full(from, to);

        Assert.Equal([$"{At(yaml, date)}: {path}: {date} is more than 10 years ahead (today is 2026-06-01)"], Errors(yaml));
    }

    // A series starting 0001-01-01 passed and then failed its running cycle (found by the fuzz test).
    [Theory]
    [InlineData("start: 2026-09-08", "start: 0001-01-01", "0001-01-01", "meetings[0].start")]
    [InlineData("[2026-11-20]", "[2026-11-20, 1900-01-01]", "1900-01-01", "calendar.extraClosedDays[1]")]
    [InlineData("from: 2026-10-24", "from: 1976-05-31", "1976-05-31", "calendar.holidays[0].from")]
    public void A_date_more_than_fifty_years_ago_is_refused_at_its_position(string from, string to, string date, string path)
    {
        string yaml = Full(from, to);

        Assert.Equal([$"{At(yaml, date)}: {path}: {date} is more than 50 years ago (today is 2026-06-01)"], Errors(yaml));
    }

    [Fact]
    public void Dates_on_the_horizon_and_texts_at_their_limits_are_accepted()
    {
        string yaml = Full("start: 2026-09-08", "start: 2036-06-01")
            .Replace("validUntil: 2027-07-31", "validUntil: 2036-06-01", StringComparison.Ordinal)
            .Replace("  name: Profijt Achterhoek", "  name: " + new string('P', 200), StringComparison.Ordinal)
            .Replace("    name: Anna de Vries", "    name: \"Anna 'de' \\\"Vries\\\" ; ROLE=CHAIR, é ü 🙂\"", StringComparison.Ordinal);

        var result = PartnershipConfigLoader.Parse(yaml, "f.yaml", SampleConfigs.Today);

        Assert.Empty(result.Errors);
        Assert.Equal("Anna 'de' \"Vries\" ; ROLE=CHAIR, é ü 🙂", result.Config!.People.Single(p => p.Id == "anna").Name);
    }
}
