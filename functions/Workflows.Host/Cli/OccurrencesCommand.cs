using System.CommandLine;
using NodaTime;
using NodaTime.Text;
using Workflows.Partnerships.Calendar;
using Workflows.Partnerships.Configuration;
using Workflows.Partnerships.Planning;

namespace Workflows.Host.Cli;

/// <summary>
/// <c>occurrences &lt;config.yaml&gt; --series &lt;id&gt; --from &lt;date&gt; --to &lt;date&gt; [--json]</c>: each meeting
/// of a series with its local times and offset, and each skipped or moved date with the reason.
/// </summary>
internal static class OccurrencesCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, IClock clock)
    {
        var file = ConfigArguments.File();
        var today = ConfigArguments.Today();
        var series = new Option<string>("--series") { Description = "The meeting series id.", Required = true };
        var from = new Option<string>("--from") { Description = "First date (yyyy-MM-dd).", Required = true };
        var to = new Option<string>("--to") { Description = "Last date (yyyy-MM-dd), inclusive.", Required = true };
        var json = new Option<bool>("--json") { Description = "Print machine-readable JSON." };
        var command = new Command("occurrences", "Lists the meetings of a series, and the dates skipped or moved for holidays.") { file, series, from, to, json, today };
        command.SetAction(parse =>
        {
            var first = LocalDatePattern.Iso.Parse(parse.GetRequiredValue(from));
            var last = LocalDatePattern.Iso.Parse(parse.GetRequiredValue(to));
            if (!first.Success || !last.Success || last.Value < first.Value)
            {
                stderr.WriteLine("--from and --to must be dates (yyyy-MM-dd), --to not before --from.");
                return ExitCodes.InvalidInput;
            }

            // Errors on stderr: stdout carries the schedule (JSON with --json) and nothing else.
            var config = ConfigArguments.Load(parse.GetRequiredValue(file), parse.GetValue(today), clock, stderr);
            if (config is null)
            {
                return ExitCodes.InvalidInput;
            }

            string id = parse.GetRequiredValue(series);
            if (config.FindMeeting(id) is not { } meeting)
            {
                stderr.WriteLine($"No meeting series '{id}'; the file has: {string.Join(", ", config.Meetings.Select(m => m.Id))}.");
                return ExitCodes.InvalidInput;
            }

            var result = PartnershipPlanner.Occurrences(config, meeting, first.Value, last.Value);
            var tableEnds = new LocalDate(SchoolHolidays.LastSchoolYear + 1, 8, 31);
            if (last.Value > tableEnds)
            {
                // Beyond the built-in table only the file's own holidays count: say so rather than plan into a holiday.
                stderr.WriteLine($"Note: school holidays are built in up to {LocalDatePattern.Iso.Format(tableEnds)}; after that only 'calendar.holidays' in the file counts.");
            }

            if (parse.GetValue(json))
            {
                stdout.WriteLine(OccurrencesJson.Write(id, result));
            }
            else
            {
                new OccurrencesText().Write(stdout, meeting.Title, id, first.Value, last.Value, result);
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
