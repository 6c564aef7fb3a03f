using System.CommandLine;
using NodaTime;
using NodaTime.Text;
using Workflows.Partnerships.Configuration;

namespace Workflows.Host.Cli;

/// <summary>What every command that reads a configuration file shares: the file argument and "today".</summary>
internal static class ConfigArguments
{
    private static readonly DateTimeZone Amsterdam = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];

    public static Argument<string> File() => RefuseOptions(new Argument<string>("config") { Description = "The partnership configuration file (YAML)." });

    /// <summary>
    /// An unknown option in the argument's place (<c>serve --bogus</c>) is refused as an option: the parser would
    /// otherwise take it as the file's name. A file whose name starts with '-' is still reachable as <c>./-name</c>.
    /// </summary>
    public static Argument<T> RefuseOptions<T>(Argument<T> argument)
    {
        ArgumentNullException.ThrowIfNull(argument);
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.Length > 1 && t.Value[0] == '-'))
            {
                result.AddError(CliApp.Unrecognized(token.Value));
            }
        });
        return argument;
    }

    /// <summary>Hidden: lets tests fix "today" (deadlines in the past are errors) without touching the clock.</summary>
    public static Option<string?> Today() => new("--today") { Description = "Treat this date (yyyy-MM-dd) as today.", Hidden = true };

    /// <summary>
    /// Loads the file; on any error prints every one as file:line:col: message and returns null. "Today" is the
    /// date in Amsterdam: the zone is only known once the file is read, and every partnership here is Dutch.
    /// </summary>
    public static PartnershipConfig? Load(string path, string? today, IClock clock, TextWriter output)
    {
        var date = clock.GetCurrentInstant().InZone(Amsterdam).Date;
        if (today is not null)
        {
            var parsed = LocalDatePattern.Iso.Parse(today);
            if (!parsed.Success)
            {
                output.WriteLine($"--today must be a date (yyyy-MM-dd), not '{today}'.");
                return null;
            }

            date = parsed.Value;
        }

        var result = PartnershipConfigLoader.Load(path, date);
        foreach (var error in result.Errors)
        {
            output.WriteLine(error.ToString());
        }

        return result.Config;
    }
}
