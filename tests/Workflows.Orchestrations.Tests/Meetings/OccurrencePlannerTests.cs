using NodaTime;
using Workflows.Orchestrations.Meetings;
using Workflows.Orchestrations.Tests.Support;

namespace Workflows.Orchestrations.Tests.Meetings;

/// <summary>
/// The planning step of the meeting cycle for the test partnership's Proefberaad (second Tuesday monthly, 15:00-17:00,
/// invitation 21 days ahead, answers 7 days ahead, agenda request 28 days ahead, midden).
/// </summary>
public sealed class OccurrencePlannerTests
{
    private static PlannedOccurrence Next(string after, DateTimeOffset now, SeriesSnapshot? series = null) =>
        OccurrencePlanner.Plan(new PlanInput(series ?? TestPartnership.Series(), after, [], now)).Next!;

    [Fact]
    public void On_time_every_step_is_at_15_00_on_its_working_day_and_the_deadline_at_17_00()
    {
        var o = Next("2026-09-08", TestPartnership.At(2026, 9, 9, 9));

        Assert.Equal("2026-10-13", o.Date);
        Assert.Equal(TestPartnership.At(2026, 9, 15, 15), o.ChairReminderAt);
        Assert.Equal(TestPartnership.At(2026, 9, 22, 15), o.InviteAt);
        // Halfway between the invitation and the deadline, before the check two working days before the deadline.
        Assert.Equal(TestPartnership.At(2026, 9, 29, 15), o.ReminderAt);
        Assert.Equal(TestPartnership.At(2026, 10, 2, 15), o.AtRiskAt);
        Assert.Equal(TestPartnership.At(2026, 10, 6, 17), o.RsvpDeadlineAt);
    }

    [Fact]
    public void The_first_meeting_after_the_summer_is_invited_before_the_holiday()
    {
        // 8 Sep 2026: the invitation's day (18 Aug) and the agenda request's (11 Aug) are in the midden zomervakantie
        // (18 Jul - 30 Aug), and the deadline (Tuesday 1 Sep) has only Monday 31 Aug as a working day after the
        // holiday: five working days to answer means Tuesday 14 Jul, the agenda request the day before.
        var o = Next("2026-09-01", TestPartnership.At(2026, 7, 1, 9));

        Assert.Equal("2026-09-08", o.Date);
        Assert.Equal(TestPartnership.At(2026, 7, 13, 15), o.ChairReminderAt);
        Assert.Equal(TestPartnership.At(2026, 7, 14, 15), o.InviteAt);
        Assert.Equal(TestPartnership.At(2026, 9, 1, 17), o.RsvpDeadlineAt);
    }

    [Fact]
    public void A_cycle_started_after_the_agenda_request_still_asks_the_chair_on_the_working_day_before_the_invitation()
    {
        // Monday 21 Sep 2026 at 16:00: the agenda request (15 Sep) has passed and the next 15:00 is the invitation's
        // (Tuesday 22 Sep). Until issue 16 the request was caught up onto the invitation's minute and vanished;
        // now it goes right away.
        var now = TestPartnership.At(2026, 9, 21, 16);

        var o = Next("2026-09-08", now);

        Assert.Equal(now, o.ChairReminderAt);
        Assert.Equal(TestPartnership.At(2026, 9, 22, 15), o.InviteAt);
    }

    [Fact]
    public void A_cycle_started_at_the_weekend_asks_the_chair_on_Monday()
    {
        var o = Next("2026-09-08", TestPartnership.At(2026, 9, 19, 10));

        Assert.Equal(TestPartnership.At(2026, 9, 21, 15), o.ChairReminderAt);
        Assert.Equal(TestPartnership.At(2026, 9, 22, 15), o.InviteAt);
    }

    [Fact]
    public void When_no_working_moment_is_left_before_the_invitation_the_agenda_request_lands_on_it()
    {
        // Tuesday 22 Sep 2026 at 10:00, the invitation goes at 15:00 that day: asking the chair for agenda items
        // then is of no use; the cycle records it as skipped because it is not before the invitation.
        var o = Next("2026-09-08", TestPartnership.At(2026, 9, 22, 10));

        Assert.Equal(TestPartnership.At(2026, 9, 22, 15), o.InviteAt);
        Assert.True(o.ChairReminderAt >= o.InviteAt);
    }

    [Fact]
    public void A_late_invitation_gets_no_reminder_in_its_own_minute()
    {
        // Friday 2 Oct 2026 at 16:00: the invitation (22 Sep) goes on Monday 5 Oct, the deadline stays Tuesday 6 Oct.
        // Until issue 16 the reminder went in the same minute as the invitation; now there is none, and no check.
        var o = Next("2026-09-08", TestPartnership.At(2026, 10, 2, 16));

        Assert.Equal(TestPartnership.At(2026, 10, 5, 15), o.InviteAt);
        Assert.Null(o.ReminderAt);
        Assert.Null(o.AtRiskAt);
        Assert.Equal(TestPartnership.At(2026, 10, 6, 17), o.RsvpDeadlineAt);
    }

    [Fact]
    public void Without_room_for_a_reminder_there_is_none()
    {
        // One working day to answer (invitation Monday 5 Oct, deadline Tuesday 6 Oct): the reminder floor of two
        // working days does not fit before the deadline.
        var series = TestPartnership.Series() with { InviteLeadDays = 8, MinAnswerWorkingDays = 1 };

        var o = Next("2026-09-08", TestPartnership.At(2026, 9, 9, 9), series);

        Assert.Equal(TestPartnership.At(2026, 10, 5, 15), o.InviteAt);
        Assert.Null(o.ReminderAt);
        Assert.Null(o.AtRiskAt);
    }

    [Fact]
    public void The_answer_floor_moves_a_short_invitation_earlier()
    {
        // Eight days ahead would leave one working day to answer; the default floor of five moves it to Tuesday 29 Sep.
        var series = TestPartnership.Series() with { InviteLeadDays = 8 };

        var o = Next("2026-09-08", TestPartnership.At(2026, 9, 9, 9), series);

        Assert.Equal(TestPartnership.At(2026, 9, 29, 15), o.InviteAt);
        Assert.Equal(TestPartnership.At(2026, 10, 1, 15), o.ReminderAt);
        Assert.Equal(TestPartnership.At(2026, 10, 2, 15), o.AtRiskAt);
        Assert.Equal(TestPartnership.At(2026, 10, 6, 17), o.RsvpDeadlineAt);
    }

    [Fact]
    public void Previous_week_in_the_snapshot_holds_the_meeting_a_week_earlier()
    {
        // On the third Tuesday the series meets 20 Oct 2026, in the herfstvakantie (17-25 Oct): moved to 13 Oct.
        var series = TestPartnership.Series() with { Recurrence = "FREQ=MONTHLY;BYDAY=3TU", Holidays = "previous-week" };

        var o = Next("2026-09-15", TestPartnership.At(2026, 9, 1, 9), series);

        Assert.Equal("2026-10-13", o.Date);
        Assert.Equal(TestPartnership.At(2026, 10, 13, 15), o.Start);
    }

    [Fact]
    public void The_snapshot_carries_the_floors_and_the_calendar_options_from_the_file()
    {
        var config = TestPartnership.Config(yaml => yaml
            .Replace("    rsvpDeadlineDays: 7\n", "    rsvpDeadlineDays: 7\n    minAnswerWorkingDays: 3\n    minReminderWorkingDays: 1\n", StringComparison.Ordinal)
            + "\ncalendar:\n  liberationDay: never\n  fridayAfterAscension: true\n");

        var series = TestPartnership.Series(config);

        Assert.Equal((3, 1), (series.MinAnswerWorkingDays, series.MinReminderWorkingDays));
        Assert.Equal("never", series.Calendar.LiberationDay);
        Assert.True(series.Calendar.FridayAfterAscension);
        var calendar = Workflows.Orchestrations.Subsidies.SnapshotCalendar.From(series.Calendar);
        Assert.True(calendar.IsWorkingDay(new LocalDate(2025, 5, 5)));
        Assert.False(calendar.IsWorkingDay(new LocalDate(2027, 5, 7)));
        Assert.Equal(calendar.LiberationDay, Workflows.Orchestrations.Subsidies.SnapshotCalendar.From(TestPartnership.Round(config).Calendar).LiberationDay);
    }
}
