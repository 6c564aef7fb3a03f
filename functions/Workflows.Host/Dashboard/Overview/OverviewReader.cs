using Workflows.Orchestrations.Timeline;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Text;
using Microsoft.DurableTask.Client;
using Workflows.Host.Api.Series;
using Workflows.Orchestrations.Meetings;
using Workflows.Messaging;
using Workflows.Partnerships.Configuration;
using Workflows.Partnerships.Planning;

namespace Workflows.Host.Dashboard.Overview;

/// <summary>
/// Gathers the overview: per series the running cycle's occurrence in hand with its answers (read as the API reads
/// them) and its quorum verdict (judged as the cycle judges it at the deadline), the schedule ahead from the planner,
/// and the school year's cancelled and skipped occurrences from the timeline.
/// </summary>
internal sealed class OverviewReader(DurableTaskClient client, IMessageGateway gateway, TimelineStore timeline)
{
    /// <summary>How many occurrences after the one in hand a series shows.</summary>
    private const int UpcomingCount = 3;

    /// <summary>How far ahead the schedule is read (the slowest Profijt series meets every three months).</summary>
    private const int HorizonDays = 200;

    /// <summary>An invited occurrence at risk is urgent when its RSVP deadline is this close.</summary>
    private static readonly TimeSpan UrgentWithin = TimeSpan.FromDays(2);

    public static OverviewReader Create(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return new OverviewReader(services.GetRequiredService<DurableTaskClient>(), services.GetRequiredService<IMessageGateway>(), services.GetRequiredService<DashboardStores>().Timeline);
    }

    public async Task<OverviewModel> ReadAsync(PartnershipConfig config, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(config);
        var zone = PartnershipPlanner.Zone(config);
        var today = Instant.FromDateTimeOffset(now).InZone(zone).Date;
        var year = SchoolYear.Containing(today);
        var (yearStart, yearEnd) = (year.First, year.Last);

        // Every series' cycle (instance, history, answers) and the school year's timeline at once; the results keep
        // the configuration's order, whatever order the reads finish in.
        var cycles = Task.WhenAll(config.Meetings.Select(m => RunningCycles.ReadAsync(client, gateway, config.Partnership.Id, m.Id, cancellationToken)));
        var events = timeline.ReadAsync(config.Partnership.Id, TimelineFrom(yearStart, zone), yearEnd.PlusDays(1).AtStartOfDayInZone(zone).ToDateTimeOffset(), cancellationToken);
        await Task.WhenAll(cycles, events).ConfigureAwait(false);
        var running = await cycles.ConfigureAwait(false);
        var series = config.Meetings.Select((meeting, i) => Series(config, meeting, running[i], now, today)).ToList();
        var cancelled = Cancelled(config, running, await events.ConfigureAwait(false), zone, yearStart, yearEnd);
        return new OverviewModel(series, cancelled, yearStart, yearEnd);
    }

    /// <summary>
    /// One school year's outcomes for the year report: the cancelled and skipped occurrences exactly as the overview
    /// lists them, and the occurrences held (the timeline's <c>meeting.held</c>, one per series and date, with their times).
    /// </summary>
    public async Task<(IReadOnlyList<CancelledOccurrence> Cancelled, IReadOnlyList<HeldOccurrence> Held)> ReadYearAsync(PartnershipConfig config, LocalDate yearStart, LocalDate yearEnd, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(config);
        var zone = PartnershipPlanner.Zone(config);
        var cycles = Task.WhenAll(config.Meetings.Select(m => RunningCycles.ReadAsync(client, gateway, config.Partnership.Id, m.Id, cancellationToken)));
        var read = timeline.ReadAsync(config.Partnership.Id, TimelineFrom(yearStart, zone), yearEnd.PlusDays(1).AtStartOfDayInZone(zone).ToDateTimeOffset(), cancellationToken);
        await Task.WhenAll(cycles, read).ConfigureAwait(false);
        var events = await read.ConfigureAwait(false);
        var cancelled = Cancelled(config, await cycles.ConfigureAwait(false), events, zone, yearStart, yearEnd);
        var held = new Dictionary<(string Series, LocalDate Date), HeldOccurrence>();
        foreach (var e in events)
        {
            if (e is { Kind: MeetingEvents.Held, Series: { } id } && Day(e, zone) is { } day && day >= yearStart && day <= yearEnd)
            {
                held[(id, day)] = new HeldOccurrence(id, day, e.Start is { } s ? Instant.FromDateTimeOffset(s).InZone(zone) : null, e.End is { } end ? Instant.FromDateTimeOffset(end).InZone(zone) : null);
            }
        }

        return (cancelled, [.. held.Values.OrderBy(h => h.Date).ThenBy(h => h.SeriesId, StringComparer.Ordinal)]);
    }

    /// <summary>
    /// Where the timeline read starts: a cancellation made ahead is recorded when it was made, possibly in the school
    /// year before the date it cancels, so the read reaches back one more year (not every year the partnership ran).
    /// </summary>
    private static DateTimeOffset TimelineFrom(LocalDate yearStart, DateTimeZone zone)
        => yearStart.PlusYears(-1).AtStartOfDayInZone(zone).ToDateTimeOffset();

    private static SeriesOverview Series(PartnershipConfig config, Meeting meeting, RunningCycle? cycle, DateTimeOffset now, LocalDate today)
    {
        var zone = PartnershipPlanner.Zone(config);
        var overrides = (cycle?.Input?.Overrides ?? []).ToDictionary(o => o.Date, StringComparer.Ordinal);
        OccurrenceCard? inHand = null;
        var notes = new List<ScheduleNote>();
        if (cycle?.Input is { } input)
        {
            var plan = OccurrencePlanner.Plan(new PlanInput(input.Series, input.After, [.. overrides.Values], now));
            if (plan.Next is { } next)
            {
                inHand = InHand(input, cycle, next, now, zone);
            }
        }

        // The schedule ahead as the planner sees it, with the coordinators' decisions the cycle holds applied.
        var schedule = PartnershipPlanner.Occurrences(config, meeting, today, today.PlusDays(HorizonDays));
        var upcoming = new List<OccurrenceCard>();
        foreach (var occurrence in schedule.Occurrences)
        {
            if (upcoming.Count == UpcomingCount)
            {
                break;
            }

            if (inHand is not null && occurrence.Date <= inHand.Date)
            {
                continue;
            }

            string date = LocalDatePattern.Iso.Format(occurrence.Date);
            if (overrides.TryGetValue(date, out var decided) && decided.Cancelled)
            {
                notes.Add(new ScheduleNote(occurrence.Date, ScheduleNoteKind.Cancelled, decided.Reason, null));
                continue;
            }

            var start = occurrence.Start.LocalDateTime;
            var end = occurrence.End.LocalDateTime;
            string? movedReason = null;
            if (decided is { NewDate: { } newDate })
            {
                var day = OccurrencePlanner.ParseDate(newDate);
                start = day + (decided.NewStartTime is { } s ? OccurrencePlanner.ParseTime(s) : start.TimeOfDay);
                end = day + (decided.NewEndTime is { } e ? OccurrencePlanner.ParseTime(e) : end.TimeOfDay);
                movedReason = decided.Reason;
            }

            // Occurrences overlap when the lead time is longer than the interval: a later one may be invited already.
            var phase = cycle?.ProgressOf(date) switch
            {
                { Evaluated: true } => OccurrencePhase.Confirmed,
                { Event: not null } => OccurrencePhase.Invited,
                _ => OccurrencePhase.Planned,
            };
            upcoming.Add(new OccurrenceCard(meeting.Id, occurrence.Date, start, end, phase, occurrence.InviteOn, null, movedReason, [], null, false, true));
        }

        // Dates that fall out or move, up to the last occurrence shown (or the horizon when there is none).
        var until = upcoming.Count > 0 ? upcoming[^1].Date : today.PlusDays(HorizonDays);
        notes.AddRange(schedule.Skipped.Where(s => s.Date <= until).Select(s => new ScheduleNote(s.Date, ScheduleNoteKind.Skipped, s.Reason, null)));
        notes.AddRange(schedule.Moved.Where(m => m.From <= until).Select(m => new ScheduleNote(m.From, ScheduleNoteKind.Moved, m.Reason, m.To)));
        notes.AddRange(upcoming.Where(u => u.MovedReason is not null).Select(u => new ScheduleNote(u.Date, ScheduleNoteKind.Moved, u.MovedReason, u.Start.Date)));
        return new SeriesOverview(meeting, cycle is not null, inHand, upcoming, [.. notes.OrderBy(n => n.Date)]);
    }

    private static OccurrenceCard InHand(MeetingCycleInput input, RunningCycle cycle, PlannedOccurrence next, DateTimeOffset now, DateTimeZone zone)
    {
        var progress = cycle.ProgressOf(next.Date);
        bool invited = progress?.Event is not null;

        // The cycle's own status names the exact deadline while it waits for it; otherwise the planner's.
        var deadline = cycle.Status is { Phase: "rsvp-deadline", WaitingUntil: { } until } ? until : next.RsvpDeadlineAt;
        var phase = progress switch
        {
            { Evaluated: true } => OccurrencePhase.Confirmed,
            { Event: not null } => OccurrencePhase.Invited,
            _ => OccurrencePhase.Planned,
        };
        IReadOnlyList<OrganizationRsvp> rsvp = [];
        QuorumRisk? risk = null;
        if (invited)
        {
            rsvp = Organizations(input.Series, cycle.Answers);
            if (phase == OccurrencePhase.Invited && now < deadline)
            {
                // The very judgement the cycle makes at the deadline, on the answers so far.
                var verdict = MeetingRules.Judge(input.Series, cycle.Answers);
                if (!verdict.QuorumMet)
                {
                    var missingRules = (input.Series.Require ?? []).Where(r => (verdict.Missing ?? []).Contains(r.Label, StringComparer.Ordinal)).Select(r => r.Selector).ToList();
                    risk = new QuorumRisk(verdict.MissingKinds ?? [], verdict.Accepted, input.Series.MinAccepted, deadline - now <= UrgentWithin, deadline, verdict.Explanation, missingRules);
                }
            }
        }

        return new OccurrenceCard(
            input.Series.SeriesId,
            OccurrencePlanner.ParseDate(next.Date),
            Local(next.Start, zone),
            Local(next.End, zone),
            phase,
            invited ? null : Local(next.InviteAt, zone).Date,
            deadline,
            next.MovedReason,
            rsvp,
            risk,
            invited && now < OccurrenceStarts.InHandStart(next, progress),
            now < OccurrenceStarts.InHandStart(next, progress));
    }

    /// <summary>The answers counted per organization, in the order the organizations first appear among the members.</summary>
    private static List<OrganizationRsvp> Organizations(SeriesSnapshot series, IReadOnlyList<AttendeeResponse> answers) =>
        [.. series.Members
            .DistinctBy(m => m.Email, StringComparer.OrdinalIgnoreCase)
            .GroupBy(m => m.OrganizationId, StringComparer.Ordinal)
            .Select(g =>
            {
                var responses = g.Select(m => MeetingActivities.Answer(answers, m).Response).ToList();
                return new OrganizationRsvp(
                    g.Key,
                    g.First().OrganizationName,
                    g.First().OrganizationKind,
                    responses.Count(r => r == ResponseStatus.Accepted),
                    responses.Count(r => r == ResponseStatus.TentativelyAccepted),
                    responses.Count(r => r == ResponseStatus.Declined),
                    responses.Count(r => r is not (ResponseStatus.Accepted or ResponseStatus.TentativelyAccepted or ResponseStatus.Declined)));
            })];

    /// <summary>
    /// The school year's cancelled and skipped occurrences, one per series and date: what the timeline recorded (placed
    /// on the series date it names, else on the day the meeting would have started), and every cancellation the running
    /// cycles still hold, however far ahead (the timeline has it too, but a cycle's input is the record while it runs).
    /// </summary>
    private static List<CancelledOccurrence> Cancelled(
        PartnershipConfig config, IReadOnlyList<RunningCycle?> cycles, IReadOnlyList<TimelineEvent> events, DateTimeZone zone, LocalDate yearStart, LocalDate yearEnd)
    {
        var titles = config.Meetings.ToDictionary(m => m.Id, m => m.Title, StringComparer.Ordinal);
        var found = new Dictionary<(string Series, LocalDate Date), CancelledOccurrence>();

        // A date cancelled ahead and moved afterwards: the cycle now holds the move, so the earlier cancellation no longer stands.
        var movedSince = cycles
            .SelectMany(c => (c?.Input?.Overrides ?? []).Where(o => !o.Cancelled).Select(o => (c!.Input!.Series.SeriesId, o.Date)))
            .ToHashSet();
        foreach (var e in events)
        {
            if (e is { Kind: MeetingEvents.Cancelled or MeetingEvents.Skipped, Series: { } id } && Day(e, zone) is { } day && day >= yearStart && day <= yearEnd
                && !(e.Date is { } date && movedSince.Contains((id, date))))
            {
                found[(id, day)] = new CancelledOccurrence(id, titles.GetValueOrDefault(id, id), day, e.Kind == MeetingEvents.Skipped, e.Reason);
            }
        }

        foreach (var cycle in cycles)
        {
            if (cycle?.Input is not { } input)
            {
                continue;
            }

            string id = input.Series.SeriesId;
            foreach (var o in input.Overrides ?? [])
            {
                if (o.Cancelled && LocalDatePattern.Iso.Parse(o.Date) is { Success: true, Value: var day } && day >= yearStart && day <= yearEnd)
                {
                    found.TryAdd((id, day), new CancelledOccurrence(id, titles.GetValueOrDefault(id, id), day, false, o.Reason));
                }
            }
        }

        return [.. found.Values.OrderBy(c => c.Date).ThenBy(c => c.SeriesId, StringComparer.Ordinal)];
    }

    /// <summary>The occurrence a cancelled or skipped event is about: its series date when recorded, else its start's day.</summary>
    private static LocalDate? Day(TimelineEvent e, DateTimeZone zone)
    {
        if (e.Date is { } date && LocalDatePattern.Iso.Parse(date) is { Success: true, Value: var day })
        {
            return day;
        }

        return e.Start is { } start ? Local(start, zone).Date : null;
    }

    private static LocalDateTime Local(DateTimeOffset at, DateTimeZone zone) => Instant.FromDateTimeOffset(at).InZone(zone).LocalDateTime;
}
