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

    private static string Summary(string path, PartnershipConfig c) => c.Partnership.Language == Language.En
        ? $"{path}: valid: {c.Partnership.Name}, {c.Organizations.Count} organizations, {c.People.Count} people, {c.Groups.Count} groups, {c.Meetings.Count} meeting series, {c.SubsidyRounds.Count} subsidy rounds, {c.Convenants.Count} convenants."
        : $"{path}: geldig: {c.Partnership.Name}, {c.Organizations.Count} organisaties, {c.People.Count} personen, {c.Groups.Count} groepen, {c.Meetings.Count} overlegreeksen, {c.SubsidyRounds.Count} subsidierondes, {c.Convenants.Count} convenanten.";
}
