namespace Workflows.Host.Tests;

public sealed class ValidateCommandTests
{
    [Theory]
    [InlineData("profijt.yaml", "Profijt, 26 organizations")]
    [InlineData("element.yaml", "3 convenants")]
    public async Task Samples_validate_with_an_English_summary_and_exit_0(string sample, string expected)
    {
        // Both samples are Dutch partnerships: the command line is English all the same.
        var (exit, output, _) = await CliRun.InProcessAsync("validate", CliRun.Sample(sample));

        Assert.Equal(0, exit);
        Assert.Contains(expected, output, StringComparison.Ordinal);
        Assert.Contains(": valid: ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_summary_counts_one_of_a_kind_in_the_singular()
    {
        var (exit, output, _) = await CliRun.InProcessAsync("validate", CliRun.Config("meetings.yaml"), "--today", "2026-11-23");

        Assert.Equal(0, exit);
        Assert.Equal(
            $"{CliRun.Config("meetings.yaml")}: valid: Proefnetwerk, 4 organizations, 6 people, 1 group, 1 meeting series, 0 subsidy rounds, 0 convenants.",
            output.TrimEnd());
        Assert.Equal("1 subsidy round", Workflows.Host.Cli.CliText.Count(1, "subsidy round", "subsidy rounds"));
        Assert.Equal("2 subsidy rounds", Workflows.Host.Cli.CliText.Count(2, "subsidy round", "subsidy rounds"));
    }

    [Fact]
    public async Task Deeply_nested_lists_give_a_located_error_and_exit_2_instead_of_a_crash()
    {
        string file = Path.Combine(Path.GetTempPath(), "deep-" + Guid.NewGuid().ToString("N") + ".yaml");
        await File.WriteAllTextAsync(file, "partnership: " + new string('[', 30_000) + new string(']', 30_000) + "\n");
        try
        {
            var (exit, output, _) = await CliRun.InProcessAsync("validate", file);

            Assert.Equal(2, exit);
            Assert.Contains($"{file}:1:45: lists and mappings are nested more than 32 levels deep here", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task File_with_ten_mistakes_gives_ten_located_errors_and_exit_2()
    {
        string file = CliRun.Config("ten-mistakes.yaml");

        var (exit, output, _) = await CliRun.InProcessAsync("validate", file, "--today", "2026-11-23");

        string[] lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(2, exit);
        Assert.Equal(
            [
                $"{file}:4:13: partnership.timeZone: unknown time zone 'Europe/Amsterdm'; did you mean 'Europe/Amsterdam'?",
                $"{file}:6:13: partnership.language: unknown language 'nederlands' (expected nl or en)",
                $"{file}:13:11: organizations[2].id: duplicate organization id 'vmbo-a' (first used on line 11)",
                $"{file}:23:31: groups[0].members[1]: selector 'role:bestuurder' matches nobody (nobody has role 'bestuurder')",
                $"{file}:24:12: groups[0].chair: 'sec' chairs group 'beraad' but is not one of its members",
                $"{file}:30:17: meetings[0].recurrence: invalid RRULE 'FREQ=MONTLY;BYDAY=2TU': unknown FREQ 'MONTLY'; did you mean 'MONTHLY'?",
                $"{file}:32:11: meetings[0].time: '17:00-15:00' ends before it starts (a meeting cannot run past midnight)",
                $"{file}:37:22: meetings[0].quorum.requireKinds[0]: no member of group 'beraad' is from a hbo organization, so the quorum can never be met",
                $"{file}:39:5: unknown key 'locaton' in meetings[0]; did you mean 'location'?",
                $"{file}:45:15: subsidyRounds[0].deadline: the deadline 2020-01-01 has passed (today is 2026-11-23)",
            ],
            lines);
    }

    [Fact]
    public async Task Real_executable_reports_errors_with_exit_code_2_and_a_valid_file_with_0()
    {
        var invalid = await CliRun.ProcessAsync("validate", CliRun.Config("ten-mistakes.yaml"), "--today", "2026-11-23");
        var valid = await CliRun.ProcessAsync("validate", CliRun.Sample("profijt.yaml"));

        Assert.Equal(2, invalid.Exit);
        Assert.Equal(10, invalid.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(0, valid.Exit);
    }
    [Fact]
    public async Task A_name_that_would_inject_an_ics_line_and_an_alias_bomb_give_located_errors_and_exit_2()
    {
        string sample = await File.ReadAllTextAsync(CliRun.Sample("element.yaml"));
        string evil = sample.Replace("name: \"Marloes van Dijk\"", "name: \"Evil\\\";ROLE=CHAIR\\r\\nX-INJ: 1\"", StringComparison.Ordinal);
        string bomb = string.Concat(Enumerable.Range(1, 9).Select(level =>
            $"x{level}: &l{level} [{string.Join(", ", Enumerable.Repeat(level == 1 ? "lol" : $"*l{level - 1}", 9))}]\n")) + sample;
        string evilFile = Path.Combine(Path.GetTempPath(), "evil-" + Guid.NewGuid().ToString("N") + ".yaml");
        string bombFile = Path.Combine(Path.GetTempPath(), "bomb-" + Guid.NewGuid().ToString("N") + ".yaml");
        await File.WriteAllTextAsync(evilFile, evil);
        await File.WriteAllTextAsync(bombFile, bomb);
        try
        {
            var (evilExit, evilOutput, _) = await CliRun.InProcessAsync("validate", evilFile, "--today", "2026-11-23");
            var (bombExit, bombOutput, _) = await CliRun.InProcessAsync("validate", bombFile, "--today", "2026-11-23");

            Assert.Equal(2, evilExit);
            Assert.Equal($"{evilFile}:20:35: people[0].name contains a control character (U+000D) at position 17; it must be one line.\n", evilOutput.ReplaceLineEndings("\n"));
            Assert.Equal(2, bombExit);
            Assert.Equal($"{bombFile}:7:10: aliases ('*name') expand the file to more than 1000000 values here; a configuration may have at most 1000000\n", bombOutput.ReplaceLineEndings("\n"));
        }
        finally
        {
            File.Delete(evilFile);
            File.Delete(bombFile);
        }
    }
}
