using NodaTime;
using Workflows.Host.Simulation;
using Workflows.Partnerships.Configuration;

namespace Workflows.Host.Tests.Simulation;

/// <summary>
/// <c>simulate --responses</c> reads its file with the configuration's limits: whatever the file, located errors
/// (file:line:col: message), never an exception.
/// </summary>
public sealed class ResponsesFileLimitTests
{
    private static readonly PartnershipConfig Config =
        PartnershipConfigLoader.Load(CliRun.Sample("element.yaml"), new LocalDate(2026, 11, 23)).Config!;

    private static List<string> Errors(string yaml)
    {
        var (file, errors) = ResponsesFileReader.Parse(yaml, "r.yaml", Config);
        Assert.Equal(file is null, errors.Count > 0);
        return [.. errors.Select(e => e.ToString())];
    }

    private static string Rule(string fields) =>
        "default: accepted\nrules:\n  - series: routeoverleg\n    who: marloes-van-dijk\n    response: declined\n" + fields;

    [Fact]
    public void A_valid_file_with_a_multiline_comment_at_the_limit_is_read()
    {
        string comment = new string('c', 1998) + "\\n" + "d";
        var (file, errors) = ResponsesFileReader.Parse(Rule($"    comment: \"{comment}\"\n"), "r.yaml", Config);

        Assert.Empty(errors);
        Assert.Equal(2000, Assert.Single(file!.Rules).Comment!.Length);
    }

    [Fact]
    public void Keys_that_are_lists_or_mappings_are_located_errors_not_an_invalid_cast()
    {
        var errors = Errors("[a, b]: accepted\nrules:\n  - {series: routeoverleg, who: marloes-van-dijk, response: declined, {x: 1}: y}\n");

        Assert.Equal(
            [
                "r.yaml:1:1: a key must be a plain name, not a list or a mapping",
                "r.yaml:3:71: rules: a key must be a plain name, not a list or a mapping",
            ],
            errors);
    }

    [Fact]
    public void Texts_too_long_or_with_line_breaks_are_located_errors()
    {
        var errors = Errors(
            "rules:\n"
            + "  - {series: routeoverleg, who: \"marloes-van-dijk\\r\\nX-INJ: 1\", response: declined}\n"
            + $"  - {{series: routeoverleg, who: marloes-van-dijk, response: declined, comment: {new string('c', 2001)}}}\n"
            + $"  - {{series: {new string('s', 65)}, who: marloes-van-dijk, response: \"accepted\\u0000\"}}\n");

        Assert.Equal(
            [
                "r.yaml:2:33: 'who' contains a control character (U+000D) at position 17; it must be one line.",
                "r.yaml:3:80: 'comment' is too long: 2001 characters, at most 2000.",
                "r.yaml:4:14: 'series' is too long: 65 characters, at most 64.",
                "r.yaml:4:114: rules.response contains a control character (U+0000) at position 9; it must be one line.",
            ],
            errors);
    }

    [Fact]
    public void Deep_nesting_an_alias_bomb_and_unclosed_brackets_are_located_errors()
    {
        string bomb = string.Concat(Enumerable.Range(1, 9).Select(level =>
            $"x{level}: &l{level} [{string.Join(", ", Enumerable.Repeat(level == 1 ? "lol" : $"*l{level - 1}", 9))}]\n"));

        Assert.Equal(["r.yaml:1:41: lists and mappings are nested more than 32 levels deep here"], Errors("default: " + new string('[', 40) + new string(']', 40) + "\n"));
        Assert.Equal(["r.yaml:7:10: aliases ('*name') expand the file to more than 1000000 values here; a configuration may have at most 1000000"], Errors(bomb));
        Assert.Single(Errors("rules: [a\ndefault: none\nacknowledge: [\n"));
    }
}
