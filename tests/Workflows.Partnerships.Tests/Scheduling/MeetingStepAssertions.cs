using NodaTime;
using Workflows.Partnerships.Calendar;
using Workflows.Partnerships.Scheduling;

namespace Workflows.Partnerships.Tests.Scheduling;

/// <summary>What every occurrence's steps must satisfy, whatever the series and calendar.</summary>
internal static class MeetingStepAssertions
{
    public static void Hold(MeetingScheduleSpec spec, SchoolCalendar calendar, MeetingOccurrence o)
    {
        var what = $"meeting of {o.Date:uuuu-MM-dd} (chair {o.ChairReminderOn:uuuu-MM-dd}, invite {o.InviteOn:uuuu-MM-dd}, reminder {o.ReminderOn:uuuu-MM-dd}, check {o.AtRiskOn:uuuu-MM-dd}, deadline {o.RsvpBy:uuuu-MM-dd})";

        // No step in a weekend or on a closed day.
        foreach (var step in new LocalDate?[] { o.ChairReminderOn, o.InviteOn, o.ReminderOn, o.AtRiskOn, o.RsvpBy })
        {
            if (step is { } day)
            {
                Assert.True(calendar.IsWorkingDay(day), $"{day:uuuu-MM-dd} is not a working day: {what}");
            }
        }

        // Lead times are minimums: no step later than its lead.
        Assert.True(o.ChairReminderOn <= o.Date.PlusDays(-spec.ChairReminderDays), $"agenda request after its lead: {what}");
        Assert.True(o.InviteOn <= o.Date.PlusDays(-spec.InviteLeadDays), $"invitation after its lead: {what}");
        Assert.True(o.RsvpBy <= o.Date.PlusDays(-spec.RsvpDeadlineDays), $"deadline after its lead: {what}");

        // In order, each on a later day than the one before, the deadline before the meeting day.
        Assert.True(o.ChairReminderOn < o.InviteOn && o.InviteOn < o.RsvpBy && o.RsvpBy < o.Date, $"steps out of order: {what}");

        // The answer floor, and the invitation no earlier than its lead or that floor requires.
        Assert.True(calendar.WorkingDaysAfter(o.InviteOn, spec.MinAnswerWorkingDays) <= o.RsvpBy, $"fewer than {spec.MinAnswerWorkingDays} working days to answer: {what}");
        Assert.True(
            o.InviteOn == calendar.PreviousWorkingDay(o.Date.PlusDays(-spec.InviteLeadDays))
            || calendar.WorkingDaysAfter(o.InviteOn, spec.MinAnswerWorkingDays) == o.RsvpBy,
            $"invitation earlier than its lead and the floor need: {what}");

        // The check two working days before the deadline, when that is after the invitation.
        var check = calendar.WorkingDaysBefore(o.RsvpBy, MeetingScheduleSpec.AtRiskWorkingDays);
        Assert.Equal(check > o.InviteOn ? check : null, o.AtRiskOn);

        // The reminder floor; before the deadline, never on the check's day, before the check when it fits there.
        var first = calendar.WorkingDaysAfter(o.InviteOn, spec.MinReminderWorkingDays);
        if (o.ReminderOn is { } reminder)
        {
            Assert.True(reminder >= first && reminder < o.RsvpBy, $"reminder outside its floor and the deadline: {what}");
            Assert.NotEqual(o.AtRiskOn, reminder);
            if (o.AtRiskOn is { } risk && first < risk)
            {
                Assert.True(reminder < risk, $"reminder after the check although it fits before: {what}");
            }
        }
        else
        {
            var next = first == o.AtRiskOn ? calendar.WorkingDaysAfter(first, 1) : first;
            Assert.True(next >= o.RsvpBy, $"no reminder although {next:uuuu-MM-dd} fits: {what}");
        }
    }
}
