using System.CommandLine;
using NodaTime;
using Workflows.Partnerships.Configuration;

namespace Workflows.Host.Cli;

/// <summary><c>validate &lt;config.yaml&gt;</c>: exit 0 and a summary, or exit 2 and every error located.</summary>
internal static class ValidateCommand
{
    public static Command Create(TextWriter stdout, IClock clock)
    {
        var file = ConfigArguments.File();
        var today = ConfigArguments.Today();
        var command = new Command("validate", "Checks a partnership configuration file; reports every problem as file:line:col: message.") { file, today };
        command.SetAction(parse =>
        {
            var config = ConfigArguments.Load(parse.GetRequiredValue(file), parse.GetValue(today), clock, stdout);
            if (config is null)
            {
                return ExitCodes.InvalidInput;
            }

            stdout.WriteLine(Summary(parse.GetRequiredValue(file), config));
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>English like every line of the command line, whatever the partnership's language.</summary>
    private static string Summary(string path, PartnershipConfig c)
        => $"{path}: valid: {c.Partnership.Name}, {Count(c.Organizations.Count, "organization", "organizations")}, {Count(c.People.Count, "person", "people")}, {Count(c.Groups.Count, "group", "groups")}, {Count(c.Meetings.Count, "meeting series", "meeting series")}, {Count(c.SubsidyRounds.Count, "subsidy round", "subsidy rounds")}, {Count(c.Convenants.Count, "convenant", "convenants")}.";

    private static string Count(int n, string one, string many) => CliText.Count(n, one, many);
}
