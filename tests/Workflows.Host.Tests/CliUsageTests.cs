using System.Globalization;

namespace Workflows.Host.Tests;

/// <summary>Wrong usage of the command line: the usage or the error on stderr, exit 2, in English.</summary>
public sealed class CliUsageTests
{
    [Fact]
    public async Task No_arguments_print_the_usage_on_stderr_and_exit_2()
    {
        var (exit, output, error) = await CliRun.InProcessAsync();

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains("Usage:", error, StringComparison.Ordinal);
        Assert.All(new[] { "validate <config>", "occurrences <config>", "simulate <config>", "serve <config>" }, c => Assert.Contains(c, error, StringComparison.Ordinal));
        Assert.DoesNotContain("Required command was not provided", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_real_executable_without_arguments_prints_the_usage_on_stderr_and_exits_2()
    {
        var (exit, output, error) = await CliRun.ProcessAsync();

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains("Usage:", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("serve", "--bogus")]
    [InlineData("validate", "x.yaml", "--bogus")]
    [InlineData("validate", "--bogus", "x.yaml")]
    [InlineData("occurrences", "x.yaml", "--series", "--bogus", "--from", "2026-08-01", "--to", "2026-09-01")]
    [InlineData("simulate", "x.yaml", "--from", "2026-08-01", "--to", "2026-09-01", "--out", "--bogus")]
    public async Task An_unknown_option_is_refused_as_an_option_never_read_as_a_file_or_value(params string[] args)
    {
        var (exit, output, error) = await CliRun.InProcessAsync(args);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains("Unrecognized option '--bogus'.", error, StringComparison.Ordinal);
        Assert.Contains($"Run '{args[0]} --help' for usage.", error, StringComparison.Ordinal);
        Assert.DoesNotContain("cannot read the file", error, StringComparison.Ordinal);
        Assert.DoesNotContain("is not empty", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_real_serve_refuses_an_unknown_option_before_it_starts_anything()
    {
        var (exit, output, error) = await CliRun.ProcessAsync("serve", "--bogus");

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Equal(["Unrecognized option '--bogus'.", "Run 'serve --help' for usage."], error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [Fact]
    public async Task Help_and_errors_are_English_whatever_the_UI_language()
    {
        var culture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            var missing = await CliRun.InProcessAsync("validate");
            var help = await CliRun.InProcessAsync("validate", "--help");

            Assert.Equal(2, missing.Exit);
            Assert.Contains("Required argument missing for command: 'validate'.", missing.Err, StringComparison.Ordinal);
            Assert.Equal(0, help.Exit);
            Assert.Contains("Show help and usage information", help.Out, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }
}
