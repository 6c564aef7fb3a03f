using NodaTime;
using Spectre.Console.Testing;
using Workflows.Host.Simulation;

namespace Workflows.Host.Tests.Simulation;

/// <summary>
/// <c>simulate</c>'s progress: plain lines without escape codes when stderr is not a terminal (a test's writer, a pipe),
/// a progress bar of the simulated date on one.
/// </summary>
[Collection(SimulationCollectionDefinition.Name)]
public sealed class SimulateProgressTests(SimulatedYears years) : IDisposable
{
    private readonly string _out = Path.Combine(Path.GetTempPath(), "simulate-progress-" + Guid.NewGuid().ToString("N")[..8]);

    [Fact]
    public async Task A_writer_passed_in_gets_one_plain_line_per_month_and_no_escape_codes()
    {
        var year = await years.GetAsync("profijt.yaml", "profijt-responses.yaml");

        Assert.True(year.Exit == 0, year.Error);
        AssertPlain(year.Error, ["2026-08", "2026-09", "2026-10", "2026-11", "2026-12", "2027-01", "2027-02", "2027-03", "2027-04", "2027-05", "2027-06", "2027-07"]);
    }

    [Fact]
    public async Task A_redirected_stderr_of_the_real_process_gets_plain_lines_too()
    {
        // Two months of the small sample: what is tested is the stream, not the year.
        var (exit, _, error) = await CliRun.ProcessAsync(
            "simulate", CliRun.Sample("element.yaml"), "--from", "2026-08-01", "--to", "2026-09-30", "--out", _out);

        Assert.True(exit == 0, error);
        AssertPlain(error, ["2026-08", "2026-09"]);
    }

    [Fact]
    public async Task On_a_terminal_the_bar_follows_the_simulated_date_to_the_end_with_the_messages_above_it()
    {
        var console = new TestConsole().Interactive().EmitAnsiSequences();
        var from = new LocalDate(2026, 8, 1);
        var to = new LocalDate(2026, 10, 31);

        int result = await SimulationProgress.OnTerminalAsync(console, from, to, async progress =>
        {
            await progress.LineAsync("simulate: 5 meeting cycles started at 2026-08-01");
            await progress.ReachedAsync(new LocalDate(2026, 9, 15));
            await progress.ReachedAsync(new LocalDate(2026, 10, 31));
            return 42;
        });

        Assert.Equal(42, result);
        Assert.Contains("simulate: 5 meeting cycles started at 2026-08-01", console.Output, StringComparison.Ordinal);
        Assert.Contains("simulate 2026-10-31", console.Output, StringComparison.Ordinal);
        Assert.Contains("100%", console.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("simulate: 2026-09", console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_writer_that_is_not_the_process_stderr_is_never_taken_for_a_terminal()
    {
        using var writer = new StringWriter();

        Assert.Null(SimulationProgress.Terminal(writer));
    }

    public void Dispose()
    {
        if (Directory.Exists(_out))
        {
            Directory.Delete(_out, recursive: true);
        }
    }

    private static void AssertPlain(string error, string[] months)
    {
        Assert.DoesNotContain('\u001b', error);
        Assert.DoesNotContain('\r', error.Replace("\r\n", "\n", StringComparison.Ordinal));
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.All(lines, l => Assert.StartsWith("simulate: ", l, StringComparison.Ordinal));
        Assert.Equal(months.Select(m => "simulate: " + m), lines.Where(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^simulate: \d{4}-\d\d$")));
    }
}
