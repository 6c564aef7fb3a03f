using System.CommandLine;
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
        var root = new RootCommand("Partnership Workflows: durable workflows for vmbo-mbo partnerships.")
        {
            ValidateCommand.Create(stdout, clock),
            OccurrencesCommand.Create(stdout, stderr, clock),
            SimulateCommand.Create(stdout, stderr),
            ServeCommand.Create(stdout, stderr, clock),
        };

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            // Wrong usage is wrong input too: the same exit code as an invalid file (DESIGN.md's contract is 2).
            foreach (var error in parse.Errors)
            {
                await stderr.WriteLineAsync(error.Message).ConfigureAwait(false);
            }

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
}
