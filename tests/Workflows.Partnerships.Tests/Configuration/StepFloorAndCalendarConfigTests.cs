using Workflows.Partnerships.Calendar;
using Workflows.Partnerships.Configuration;
using Workflows.Partnerships.Scheduling;

namespace Workflows.Partnerships.Tests.Configuration;

/// <summary>The keys of issue 16: a meeting's step floors and previous-week, the calendar's Bevrijdingsdag and Friday after Hemelvaart.</summary>
public sealed class StepFloorAndCalendarConfigTests
{
    private const string AfterRsvp = "    rsvpDeadlineDays: 7\n";
    // The last line of the file: no newline after it.
    private const string AfterGoodFriday = "  includeGoodFriday: true";

    [Fact]
    public void Without_the_keys_the_defaults_hold()
    {
        var config = Load(SampleConfigs.Full);

        var meeting = config.Meetings.Single();
        Assert.Equal(5, meeting.MinAnswerWorkingDays);
        Assert.Equal(2, meeting.MinReminderWorkingDays);
        Assert.Equal(LiberationDayRule.Lustrum, config.Calendar.LiberationDay);
        Assert.False(config.Calendar.FridayAfterAscension);
    }

    [Fact]
    public void The_keys_are_read_and_reach_the_schedule_and_the_calendar()
    {
        var text = SampleConfigs.Full
            .Replace(AfterRsvp, AfterRsvp + "    minAnswerWorkingDays: 3\n    minReminderWorkingDays: 1\n", StringComparison.Ordinal)
            .Replace("holidays: next-week", "holidays: previous-week", StringComparison.Ordinal)
            .Replace(AfterGoodFriday, AfterGoodFriday + "\n  liberationDay: always\n  fridayAfterAscension: true", StringComparison.Ordinal);

        var config = Load(text);

        var meeting = config.Meetings.Single();
        Assert.Equal(3, meeting.MinAnswerWorkingDays);
        Assert.Equal(1, meeting.MinReminderWorkingDays);
        Assert.Equal(HolidayPolicy.PreviousWeek, meeting.Holidays);
        var spec = Workflows.Partnerships.Planning.PartnershipPlanner.Schedule(config, meeting);
        Assert.Equal((3, 1), (spec.MinAnswerWorkingDays, spec.MinReminderWorkingDays));

        Assert.Equal(LiberationDayRule.Always, config.Calendar.LiberationDay);
        Assert.True(config.Calendar.FridayAfterAscension);
        var calendar = Workflows.Partnerships.Planning.PartnershipPlanner.Calendar(config);
        Assert.Equal(PublicHolidays.Bevrijdingsdag, calendar.ClosedPeriodAt(Dates.Parse("2027-05-05"))?.Name);
        Assert.Equal(PublicHolidays.VrijdagNaHemelvaart, calendar.ClosedPeriodAt(Dates.Parse("2027-05-07"))?.Name);
    }

    [Theory]
    [InlineData("    minAnswerWorkingDays: 0\n", "63:27: meetings[0].minAnswerWorkingDays: 0 is not a number of working days from 1 to 20")]
    [InlineData("    minAnswerWorkingDays: 21\n", "63:27: meetings[0].minAnswerWorkingDays: 21 is not a number of working days from 1 to 20")]
    [InlineData("    minReminderWorkingDays: -1\n", "63:29: meetings[0].minReminderWorkingDays: -1 is not a number of working days from 1 to 20")]
    [InlineData("    minReminderWorkingDays: twee\n", "63:29: meetings[0].minReminderWorkingDays: 'twee' is not a whole number")]
    [InlineData("    minAnswerWorkingDay: 5\n", "63:5: unknown key 'minAnswerWorkingDay' in meetings[0]; did you mean 'minAnswerWorkingDays'?")]
    public void A_wrong_floor_gives_one_located_error(string line, string expected) =>
        AssertSingleError(SampleConfigs.Full.Replace(AfterRsvp, AfterRsvp + line, StringComparison.Ordinal), expected);

    [Fact]
    public void The_agenda_update_day_defaults_to_five_working_days_and_is_read()
    {
        Assert.Equal(5, Load(SampleConfigs.Full).Meetings.Single().Agenda.UpdateWorkingDays);
        var text = SampleConfigs.Full.Replace("chairReminderDays: 28", "chairReminderDays: 28\n      updateWorkingDays: 3", StringComparison.Ordinal);
        Assert.Equal(3, Load(text).Meetings.Single().Agenda.UpdateWorkingDays);
    }

    [Theory]
    [InlineData("0", "66:26: meetings[0].agenda.updateWorkingDays: 0 is not a number of working days from 1 to 20")]
    [InlineData("21", "66:26: meetings[0].agenda.updateWorkingDays: 21 is not a number of working days from 1 to 20")]
    public void A_wrong_agenda_update_day_gives_one_located_error(string days, string expected) =>
        AssertSingleError(SampleConfigs.Full.Replace("chairReminderDays: 28", "chairReminderDays: 28\n      updateWorkingDays: " + days, StringComparison.Ordinal), expected);

    [Theory]
    [InlineData("  liberationDay: lustrm", "95:18: calendar.liberationDay: unknown Bevrijdingsdag rule 'lustrm' (expected lustrum, always or never); did you mean 'lustrum'?")]
    [InlineData("  fridayAfterAscension: ja", "95:25: calendar.fridayAfterAscension: 'ja' is not true or false")]
    public void A_wrong_calendar_option_gives_one_located_error(string line, string expected) =>
        AssertSingleError(SampleConfigs.Full.Replace(AfterGoodFriday, AfterGoodFriday + "\n" + line, StringComparison.Ordinal), expected);

    private static PartnershipConfig Load(string text)
    {
        var result = PartnershipConfigLoader.Parse(text, "profijt.yaml", SampleConfigs.Today);
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        return result.Config!;
    }

    private static void AssertSingleError(string text, string expected)
    {
        var result = PartnershipConfigLoader.Parse(text, "profijt.yaml", SampleConfigs.Today);
        Assert.Null(result.Config);
        Assert.Equal([$"profijt.yaml:{expected}"], result.Errors.Select(e => e.ToString()));
    }
}
