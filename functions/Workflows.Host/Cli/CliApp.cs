using System.CommandLine;
using System.Globalization;
using NodaTime;

namespace Workflows.Host.Cli;

/// <summary>
/// The executable's commands. Output goes to the writers given, so tests run the same code in-process and the
/// real process alike; "today" comes from the clock given, in the partnership's time zone.
/// </summary>
internal static class CliApp
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, IClock clock)
    {
        // The command line (help, parse errors, summaries) and the logs are English whatever the machine's language:
        // System.CommandLine and .NET would otherwise pick their translations from the UI culture. The platform's
        // Dutch texts name their culture themselves. Set in this async method, it does not leak to the caller.
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");

        var root = new RootCommand("Partnership Workflows: durable workflows for vmbo-mbo partnerships.")
        {
            ValidateCommand.Create(stdout, clock),
            OccurrencesCommand.Create(stdout, stderr, clock),
            SimulateCommand.Create(stdout, stderr),
            ServeCommand.Create(stdout, stderr, clock),
        };

        foreach (var command in root.Subcommands.Prepend(root))
        {
            // An option that takes a value would take an unknown option after it as that value ("--out --bogus").
            foreach (var option in command.Options.Where(o => o.ValueType != typeof(bool) && !o.Name.StartsWith("--help", StringComparison.Ordinal)))
            {
                option.Validators.Add(result =>
                {
                    foreach (var token in result.Tokens.Where(t => t.Value.Length > 1 && t.Value[0] == '-'))
                    {
                        result.AddError(Unrecognized(token.Value));
                    }
                });
            }
        }

        var parse = root.Parse(args);
        if (args.Length == 0)
        {
            // No command at all: the usage, where a person looks for it (stderr), and the exit code of wrong usage.
            await HelpAsync(root, [], stderr).ConfigureAwait(false);
            return ExitCodes.InvalidInput;
        }

        // The parser calls an unmatched token a "command or argument"; one that looks like an option is called one.
        var errors = parse.Errors
            .Select(e => parse.UnmatchedTokens.FirstOrDefault(t => e.Message.Contains($"'{t}'", StringComparison.Ordinal)) is { } token ? Unrecognized(token) : e.Message)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (errors.Count > 0)
        {
            // Wrong usage is wrong input too: the same exit code as an invalid file (DESIGN.md's contract is 2).
            foreach (string error in errors)
            {
                await stderr.WriteLineAsync(error).ConfigureAwait(false);
            }

            await stderr.WriteLineAsync(parse.CommandResult.Command == root
                ? "Run with --help for usage."
                : $"Run '{parse.CommandResult.Command.Name} --help' for usage.").ConfigureAwait(false);
            return ExitCodes.InvalidInput;
        }

        return await parse.InvokeAsync(new InvocationConfiguration
        {
            Output = stdout,
            Error = stderr,

            // serve and handler stop gracefully through the web host's own Ctrl+C/SIGTERM handling, which must not
            // be cut short by the command line library ending the process after its default two seconds.
            ProcessTerminationTimeout = null,
        }).ConfigureAwait(false);
    }

    /// <summary>"Unrecognized option" for a token that looks like one: never read as a file name or value.</summary>
    internal static string Unrecognized(string token) => token.Length > 1 && token[0] == '-'
        ? $"Unrecognized option '{token}'."
        : $"Unrecognized argument '{token}'.";

    /// <summary>The library's own help for <paramref name="path"/> (a command's name, or none for the root), written to <paramref name="output"/>.</summary>
    private static Task<int> HelpAsync(RootCommand root, string[] path, TextWriter output)
        => root.Parse([.. path, "--help"]).InvokeAsync(new InvocationConfiguration { Output = output, Error = output });
}
