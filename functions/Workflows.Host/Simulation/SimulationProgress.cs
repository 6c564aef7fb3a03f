using System.Globalization;
using NodaTime;
using Spectre.Console;

namespace Workflows.Host.Simulation;

/// <summary>
/// What <c>simulate</c> tells while it runs, on stderr. On a terminal a progress bar of the simulated date between
/// <c>--from</c> and <c>--to</c>, with the messages above it; anywhere else (a pipe, a file, CI, a test's writer) plain
/// lines: one per simulated month (<c>simulate: 2026-11</c>) and the messages, no escape codes.
/// </summary>
internal abstract class SimulationProgress
{
    /// <summary>A message of its own line ("simulate: 3 meeting cycles started at 2026-08-01").</summary>
    public abstract Task LineAsync(string line);

    /// <summary>The virtual clock reached <paramref name="date"/> (local, in the partnership's zone).</summary>
    public abstract Task ReachedAsync(LocalDate date);

    /// <summary>Runs <paramref name="run"/> with the progress that fits <paramref name="stderr"/>.</summary>
    public static async Task<T> RunAsync<T>(TextWriter stderr, LocalDate from, LocalDate to, Func<SimulationProgress, Task<T>> run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return Terminal(stderr) is { } console
            ? await OnTerminalAsync(console, from, to, run).ConfigureAwait(false)
            : await run(new Lines(stderr)).ConfigureAwait(false);
    }

    /// <summary>
    /// The console when <paramref name="stderr"/> is this process's stderr on an interactive terminal that takes
    /// ANSI codes; null otherwise. A writer passed in (tests) is never the terminal, whatever the process has.
    /// </summary>
    internal static IAnsiConsole? Terminal(TextWriter stderr)
    {
        if (!ReferenceEquals(stderr, Console.Error) || Console.IsErrorRedirected)
        {
            return null;
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stderr) });
        return console.Profile.Capabilities is { Interactive: true, Ansi: true } ? console : null;
    }

    /// <summary>The progress bar on <paramref name="console"/>; left on the screen at 100 % when done.</summary>
    internal static Task<T> OnTerminalAsync<T>(IAnsiConsole console, LocalDate from, LocalDate to, Func<SimulationProgress, Task<T>> run)
    {
        int days = Period.Between(from, to, PeriodUnits.Days).Days + 1;
        return console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(Describe(from), maxValue: days);
                var result = await run(new Bar(console, task, from, days)).ConfigureAwait(false);
                task.Description = Describe(to);
                task.Value = days;
                return result;
            });
    }

    private static string Describe(LocalDate date) => string.Create(CultureInfo.InvariantCulture, $"simulate {date:yyyy-MM-dd}");

    /// <summary>Plain lines: each message, and the month once when the clock enters it.</summary>
    private sealed class Lines(TextWriter writer) : SimulationProgress
    {
        private (int Year, int Month)? _month;

        public override Task LineAsync(string line) => writer.WriteLineAsync(line);

        public override Task ReachedAsync(LocalDate date)
        {
            if (_month == (date.Year, date.Month))
            {
                return Task.CompletedTask;
            }

            _month = (date.Year, date.Month);
            return writer.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"simulate: {date:yyyy-MM}"));
        }
    }

    /// <summary>The bar: its value the days simulated, its label the simulated date; messages print above it.</summary>
    private sealed class Bar(IAnsiConsole console, ProgressTask task, LocalDate from, int days) : SimulationProgress
    {
        public override Task LineAsync(string line)
        {
            console.WriteLine(line);
            return Task.CompletedTask;
        }

        public override Task ReachedAsync(LocalDate date)
        {
            task.Value = Math.Clamp(Period.Between(from, date, PeriodUnits.Days).Days, 0, days);
            task.Description = Describe(date);
            return Task.CompletedTask;
        }
    }
}
