using NodaTime;
using Workflows.Partnerships.Calendar;
using Workflows.Partnerships.Configuration;
using Workflows.Partnerships.Planning;
using Workflows.Partnerships.Scheduling;

namespace Workflows.Partnerships.Tests.Scheduling;

/// <summary>The school year 2026-27 of the Profijt sample (functions/samples/profijt.yaml), as its coordinators would check it.</summary>
public sealed class ProfijtSampleScheduleTests
{
    private static readonly Lazy<PartnershipConfig> Profijt = new(() =>
    {
        var path = SampleFile("profijt.yaml");
        var result = PartnershipConfigLoader.Parse(File.ReadAllText(path), path, new LocalDate(2026, 6, 1));
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        return result.Config!;
    });

    [Fact]
    public void Directieberaad_invitations_that_fell_in_holidays_go_out_on_the_last_working_day_before_them()
    {
        var occurrences = Year("directieberaad").Occurrences;

        // Until issue 16 the invitations went exactly 21 days ahead: 25 Aug (zomervakantie), 29 Dec (kerstvakantie),
        // 23 Feb (voorjaarsvakantie) and 27 Apr (Koningsdag in the meivakantie).
        Assert.Equal(
            [
                ("2026-09-15", "2026-07-17"),
                ("2026-11-17", "2026-10-27"),
                ("2027-01-19", "2026-12-18"),
                ("2027-03-16", "2027-02-19"),
                ("2027-05-18", "2027-04-23"),
                ("2027-07-13", "2027-06-22"),
            ],
            occurrences.Select(o => (Iso(o.Date), Iso(o.InviteOn))));
        var calendar = PartnershipPlanner.Calendar(Profijt.Value);
        Assert.All(occurrences, o => Assert.True(calendar.IsWorkingDay(o.ChairReminderOn) && calendar.IsWorkingDay(o.RsvpBy), $"{o}"));

        // Agenda items were due on 29 Dec (kerstvakantie): the chair is now asked on the working day before the invitation.
        Assert.Equal(Dates.Parse("2026-12-17"), occurrences[2].ChairReminderOn);
    }

    [Fact]
    public void The_sixth_directieberaad_is_held_the_week_before_the_summer_holiday()
    {
        var result = Year("directieberaad");

        Assert.Equal([new MovedDate(Dates.Parse("2027-07-20"), Dates.Parse("2027-07-13"), SchoolHolidays.Zomer)], result.Moved);
        Assert.Empty(result.Skipped);
        Assert.Equal(6, result.Occurrences.Count);
    }

    [Theory]
    [InlineData("klankbord-decanen")]
    [InlineData("klankbord-zorg")]
    public void No_klankbordgroep_step_falls_in_the_Christmas_holiday(string series)
    {
        var calendar = PartnershipPlanner.Calendar(Profijt.Value);
        var spec = PartnershipPlanner.Schedule(Profijt.Value, Profijt.Value.FindMeeting(series)!);
        var january = Year(series).Occurrences.Single(o => o.Date.Month == 1);

        // The invitations went on 23 and 24 December; now before the kerstvakantie (19 Dec - 3 Jan), with at least
        // five working days to answer, a reminder and the check in between.
        Assert.True(january.InviteOn < Dates.Parse("2026-12-19"), $"{january}");
        Assert.NotNull(january.ReminderOn);
        MeetingStepAssertions.Hold(spec, calendar, january);
        Assert.All(Year(series).Occurrences, o => MeetingStepAssertions.Hold(spec, calendar, o));
    }

    [Fact]
    public void No_step_of_any_series_of_the_sample_falls_on_a_closed_day()
    {
        var calendar = PartnershipPlanner.Calendar(Profijt.Value);
        foreach (var meeting in Profijt.Value.Meetings)
        {
            var spec = PartnershipPlanner.Schedule(Profijt.Value, meeting);
            Assert.All(Year(meeting.Id).Occurrences, o => MeetingStepAssertions.Hold(spec, calendar, o));
        }
    }

    private static ScheduleResult Year(string series) =>
        PartnershipPlanner.Occurrences(Profijt.Value, Profijt.Value.FindMeeting(series)!, Dates.Parse("2026-08-01"), Dates.Parse("2027-07-31"));

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", null);

    private static string SampleFile(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "functions", "samples", name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"functions/samples/{name} not found above {AppContext.BaseDirectory}");
    }
}
