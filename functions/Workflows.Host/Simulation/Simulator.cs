using Workflows.Orchestrations.Links;
using System.Globalization;
using Azure.Data.Tables;
using Microsoft.Extensions.Time.Testing;
using NodaTime;
using Workflows.DevStorage;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Orchestrations;
using Workflows.Runtime;
using Workflows.Runtime.VirtualTime;
using Workflows.Host.Api.Links;
using Workflows.Orchestrations.Meetings;
using Workflows.Orchestrations.Minutes;
using Workflows.Orchestrations.Reviews;
using Workflows.Orchestrations.Subsidies;
using Workflows.Messaging.Outbox;
using Workflows.Partnerships.Configuration;

namespace Workflows.Host.Simulation;

/// <summary>
/// Runs the real orchestrations over a window of time on the virtual-time runtime (DTFx's replay code, a virtual
/// clock), with the platform's stores and outbox in its own in-memory Azurite: one meeting cycle per series, the
/// subsidy rounds and the bestuur talks started at <c>from</c>. The clock jumps from timer to timer; between jumps
/// everything due at that moment runs to the end.
/// </summary>
internal sealed class Simulator(PartnershipConfig config, IResponseSource responses, SimulationProgress progress)
{
    private const string HubName = "Simulation";

    public async Task<SimulationResult> RunAsync(LocalDate from, LocalDate to, string outputDirectory, CancellationToken cancellationToken = default)
    {
        await using var azurite = await AzuriteProcess.StartAsync(new AzuriteOptions(), cancellationToken).ConfigureAwait(false);
        return await RunAsync(azurite.ConnectionString, HubName, from, to, outputDirectory, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>On a storage account given (tests share one Azurite); the hub and tables are this run's own.</summary>
    public async Task<SimulationResult> RunAsync(string connectionString, string hubName, LocalDate from, LocalDate to, string outputDirectory, CancellationToken cancellationToken = default)
    {
        var zone = DateTimeZoneProviders.Tzdb[config.Partnership.TimeZone];
        var start = zone.AtStartOfDay(from).ToDateTimeOffset();
        var end = zone.AtStartOfDay(to.PlusDays(1)).ToDateTimeOffset();
        var clock = new FakeTimeProvider(start);
        var tables = new TableServiceClient(connectionString);
        var outbox = CreateGateway(Path.Combine(outputDirectory, TimelineFiles.OutboxDirectory), tables, hubName, clock);
        var gateway = new AtRiskWatcher(outbox, clock);
        var links = SimulationLinks(clock);
        var services = new MeetingServices(gateway, tables, hubName) { Links = links };
        var container = new ServiceCollection()
            .AddSingleton(services)
            .AddSingleton(new SubsidyServices(gateway, links, tables, hubName))
            .AddSingleton(new ReviewServices(gateway, tables, hubName))
            .BuildServiceProvider();
        await using var disposeContainer = container.ConfigureAwait(false);
        var options = new WorkflowRuntimeOptions(new DurableTaskRegistry().AddWorkflows(), container) { DataConverter = WorkflowJson.Converter };
        var failures = new List<string>();
        await using var runtime = new VirtualTimeRuntime(hubName, clock, options);
        var client = runtime.Client;
        await runtime.StartAsync(cancellationToken).ConfigureAwait(false);
        var started = await MeetingCycleReconciler.ReconcileAsync(client, null, config, clock, cancellationToken).ConfigureAwait(false);
        await progress.LineAsync(string.Create(CultureInfo.InvariantCulture, $"simulate: {Cli.CliText.Count(started.Started.Count, "meeting cycle", "meeting cycles")} started at {from:yyyy-MM-dd}")).ConfigureAwait(false);
        var rounds = await SubsidyRoundReconciler.ReconcileAsync(client, null, config, clock, cancellationToken).ConfigureAwait(false);
        var reviews = await ConvenantReviewReconciler.ReconcileAsync(client, null, config, cancellationToken).ConfigureAwait(false);
        await progress.LineAsync(string.Create(CultureInfo.InvariantCulture, $"simulate: {Cli.CliText.Count(rounds.Started.Count, "subsidy round", "subsidy rounds")} and {Cli.CliText.Count(reviews.Started.Count, "bestuur-talk cycle", "bestuur-talk cycles")} started")).ConfigureAwait(false);

        Task Report(DateTimeOffset due) => progress.ReachedAsync(Instant.FromDateTimeOffset(due).InZone(zone).Date);

        // Acknowledgements and decisions are clicks at a moment: the clock runs up to each and the click is taken in
        // before it moves on. A decision without its own moment waits for the question it answers (meeting.at-risk),
        // which only the run itself tells, so the clock goes from timer to timer until the next click is due.
        var clicks = Acknowledgements(from, zone)
            .SelectMany(a => a.Clicks.Select(c => new Click(_ => a.At, () => client.RaiseEventAsync(c.Instance, SubsidyEvents.Action, new ActionLinkEvent(SubsidyEvents.Applying, c.Person, clock.GetUtcNow()), cancellationToken))))
            .Concat(Decisions(client, zone, start, cancellationToken))
            .Concat(AgendaItems(services, client, clock, start, cancellationToken))
            .Concat(Presence(services, clock, zone, cancellationToken))
            .Concat(Minutes(services, client, clock, zone, cancellationToken))
            .ToList();

        // The cycles just started have no timer yet: without this the first click would be waited for in one jump.
        await runtime.DrainAsync(cancellationToken).ConfigureAwait(false);
        while (clicks.Count > 0)
        {
            var due = clicks.Select(c => (Click: c, At: c.At(gateway))).MinBy(c => c.At);
            if (due.At >= end)
            {
                break;
            }

            if (runtime.NextTimerDue is { } timer && timer < due.At)
            {
                await Report(timer).ConfigureAwait(false);
                await runtime.RunUntilAsync(timer, Report, cancellationToken).ConfigureAwait(false);
                continue;
            }

            await runtime.RunUntilAsync(due.At, Report, cancellationToken).ConfigureAwait(false);
            await due.Click.Raise().ConfigureAwait(false);
            clicks.Remove(due.Click);
            await runtime.DrainAsync(cancellationToken).ConfigureAwait(false);
        }

        await runtime.RunUntilAsync(end, Report, cancellationToken).ConfigureAwait(false);
        await foreach (var instance in client.GetAllInstancesAsync(new OrchestrationQuery { Statuses = [OrchestrationRuntimeStatus.Failed] }).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            failures.Add($"{instance.InstanceId}: {instance.FailureDetails?.ErrorMessage}");
        }

        await runtime.StopAsync(cancellationToken).ConfigureAwait(false);

        var entries = await services.Timeline.ReadEntriesAsync(config.Partnership.Id, null, end, cancellationToken).ConfigureAwait(false);
        var records = await outbox.ListAsync(cancellationToken).ConfigureAwait(false);
        return new SimulationResult([.. entries.Select(e => e.Event)], failures) { Files = TimelineFiles.Match(entries, records) };
    }

    /// <summary>
    /// The <c>acknowledge:</c> rules as clicks on the "we vragen aan" link: at 10:00 on the rule's date (on the first
    /// day when it has none, right after the announcement), per round instance and person id, in time order.
    /// </summary>
    private List<(DateTimeOffset At, List<(string Instance, string Person)> Clicks)> Acknowledgements(LocalDate from, DateTimeZone zone)
    {
        var clicks = new List<(DateTimeOffset At, string Instance, string Person)>();
        if (responses is not ResponsesFile file)
        {
            return [];
        }

        foreach (var rule in file.Acknowledge)
        {
            if (config.FindSubsidyRound(rule.Round) is not { } round)
            {
                continue;
            }

            var snapshot = SubsidyRoundSnapshots.Create(config, round);
            var at = zone.AtLeniently((rule.Date ?? from) + new LocalTime(10, 0)).ToDateTimeOffset();
            foreach (var person in snapshot.Recipients.Where(m => rule.People.Contains(m.Email.ToUpperInvariant())))
            {
                clicks.Add((at, SubsidyRoundSnapshots.InstanceId(snapshot.PartnershipId, snapshot.RoundId), person.Id));
            }
        }

        return [.. clicks.GroupBy(c => c.At).OrderBy(g => g.Key).Select(g => (g.Key, g.Select(c => (c.Instance, c.Person)).Distinct().ToList()))];
    }

    /// <summary>
    /// The <c>decisions:</c> of the responses file as clicks: at <c>at</c> when given; otherwise one hour after the
    /// coordinators were asked (<c>meeting.at-risk</c>), or one minute before the RSVP deadline when they never were.
    /// </summary>
    private IEnumerable<Click> Decisions(DurableTaskClient client, DateTimeZone zone, DateTimeOffset start, CancellationToken cancellationToken)
    {
        if (responses is not ResponsesFile file)
        {
            yield break;
        }

        foreach (var rule in file.Decisions)
        {
            if (config.FindMeeting(rule.Series) is not { } meeting)
            {
                continue;
            }

            string date = NodaTime.Text.LocalDatePattern.Iso.Format(rule.Date);
            var fallback = Deadline(SeriesSnapshots.Create(config, meeting), rule.Date, start) - TimeSpan.FromMinutes(1);
            Func<AtRiskWatcher, DateTimeOffset> at = rule.At is { } local
                ? _ => zone.AtLeniently(local).ToDateTimeOffset()
                : w => w.AskedAt(rule.Series, date) is { } asked && asked.AddHours(1) < fallback ? asked.AddHours(1) : fallback;
            yield return new Click(at, async () =>
            {
                try
                {
                    await MeetingCoordinatorCommands.DecideAsync(client, config.Partnership.Id, rule.Series, rule.Date, rule.Decision, rule.Who, cancellationToken).ConfigureAwait(false);
                }
                catch (InvalidOperationException)
                {
                    await progress.LineAsync($"simulate: the decision about {rule.Series} {date} was not taken: the series has no running cycle").ConfigureAwait(false);
                }
            });
        }

    }

    /// <summary>
    /// The <c>agendaItems:</c> of the responses file as clicks: proposed one hour after the chair was asked for items
    /// (one hour before the invitation when the series has no chair or the request came too late), and at once
    /// accepted or held over by the coordinators.
    /// </summary>
    private IEnumerable<Click> AgendaItems(MeetingServices services, DurableTaskClient client, TimeProvider clock, DateTimeOffset start, CancellationToken cancellationToken)
    {
        if (responses is not ResponsesFile file)
        {
            yield break;
        }

        foreach (var rule in file.AgendaItems)
        {
            if (config.FindMeeting(rule.Series) is not { } meeting)
            {
                continue;
            }

            var at = ProposedAt(SeriesSnapshots.Create(config, meeting), rule.Date, start);
            yield return new Click(_ => at, async () =>
            {
                var now = clock.GetUtcNow();
                var (begins, ends) = Api.Series.AgendaItemInput.Span(config, meeting, rule.Date, now);
                var proposal = new AgendaProposal(config.Partnership.Id, rule.Series, rule.Date, rule.Who, rule.WhoName, rule.Title, null, now) { Start = begins, End = ends };
                var (item, _) = await MeetingAgendaCommands.ProposeAsync(services.Agenda, services.Timeline, proposal, cancellationToken).ConfigureAwait(false);
                await MeetingAgendaCommands.DecideAsync(
                    services.Agenda, client, config.Partnership.Id, rule.Series, rule.Date, item.Key, rule.Accepted ? AgendaItemStates.Accepted : AgendaItemStates.Held, ResponsesFileReader.DefaultWho, cancellationToken).ConfigureAwait(false);
            });
        }
    }

    /// <summary>
    /// The <c>presence:</c> of the responses file as clicks: the coordinators confirm the list at 09:00 the day after
    /// the occurrence, when the cycle has recorded it as held; one not held by then is said on the progress lines.
    /// </summary>
    private IEnumerable<Click> Presence(MeetingServices services, TimeProvider clock, DateTimeZone zone, CancellationToken cancellationToken)
    {
        if (responses is not ResponsesFile file)
        {
            yield break;
        }

        foreach (var rule in file.Presence)
        {
            var at = zone.AtLeniently(rule.Date.PlusDays(1) + new LocalTime(9, 0)).ToDateTimeOffset();
            yield return new Click(_ => at, async () =>
            {
                string date = NodaTime.Text.LocalDatePattern.Iso.Format(rule.Date);
                var result = await PresenceCommands.ConfirmAsync(services.Attendance, config.Partnership.Id, rule.Series, date, rule.Organizations, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
                if (result.Outcome == PresenceOutcome.NotHeld)
                {
                    await progress.LineAsync($"simulate: the presence of {rule.Series} {date} was not confirmed: the meeting was not held").ConfigureAwait(false);
                }
                else if (result.Outcome == PresenceOutcome.NotInvited)
                {
                    await progress.LineAsync($"simulate: the presence of {rule.Series} {date} was not confirmed: not invited: {string.Join(", ", result.NotInvited)}").ConfigureAwait(false);
                }
            });
        }
    }

    /// <summary>
    /// The <c>minutes:</c> of the responses file as clicks: the verslag is saved (and approved unless
    /// <c>approve: false</c>) at its <c>at</c>, by default 11:00 the day after the meeting (after the presence list);
    /// each action item with a <c>done</c> date is ticked off at 10:00 that day. A verslag of a meeting that was not held
    /// is said on the progress lines.
    /// </summary>
    private IEnumerable<Click> Minutes(MeetingServices services, DurableTaskClient client, TimeProvider clock, DateTimeZone zone, CancellationToken cancellationToken)
    {
        if (responses is not ResponsesFile file)
        {
            yield break;
        }

        foreach (var rule in file.Minutes)
        {
            if (config.FindMeeting(rule.Series) is not { } meeting)
            {
                continue;
            }

            string date = NodaTime.Text.LocalDatePattern.Iso.Format(rule.Date);
            var series = SeriesSnapshots.Create(config, meeting);
            var at = zone.AtLeniently(rule.At ?? rule.Date.PlusDays(1) + new LocalTime(11, 0)).ToDateTimeOffset();
            yield return new Click(_ => at, async () =>
            {
                var now = clock.GetUtcNow();
                var saved = await MinutesCommands.SaveAsync(services.Minutes, services.Attendance, series, date, rule.Text, rule.ActionItems, ResponsesFileReader.DefaultWho, now, cancellationToken).ConfigureAwait(false);
                if (saved.Outcome is MinutesOutcome.NotHeld or MinutesOutcome.Invalid)
                {
                    await progress.LineAsync($"simulate: the minutes of {rule.Series} {date} were not saved: {(saved.Outcome == MinutesOutcome.NotHeld ? "the meeting was not held" : string.Join("; ", saved.Errors))}").ConfigureAwait(false);
                    return;
                }

                if (rule.Approve)
                {
                    var (start, end) = Api.Series.AgendaItemInput.Span(config, meeting, rule.Date, now);
                    await MinutesCommands.ApproveAsync(services.Minutes, client, series, date, start, end, ResponsesFileReader.DefaultWho, now, cancellationToken).ConfigureAwait(false);
                }
            });

            foreach (var (key, day) in rule.Done)
            {
                var doneAt = zone.AtLeniently(day + new LocalTime(10, 0)).ToDateTimeOffset();
                yield return new Click(_ => doneAt, () => MinutesCommands.SetDoneAsync(services.Minutes, config.Partnership.Id, rule.Series, date, key, done: true, clock.GetUtcNow(), cancellationToken));
            }
        }
    }

    /// <summary>When a simulated proposal for one occurrence comes: after the agenda request, before the invitation; never before the run starts.</summary>
    private static DateTimeOffset ProposedAt(SeriesSnapshot series, LocalDate date, DateTimeOffset now)
    {
        var plan = OccurrencePlanner.Plan(new PlanInput(series, NodaTime.Text.LocalDatePattern.Iso.Format(date.PlusDays(-1)), [], now));
        if (plan.Next is not { } next || next.Date != NodaTime.Text.LocalDatePattern.Iso.Format(date))
        {
            return now;
        }

        var at = series.Chair is not null && next.ChairReminderAt.AddHours(1) < next.InviteAt ? next.ChairReminderAt.AddHours(1) : next.InviteAt.AddHours(-1);
        return at < now ? now : at;
    }

    /// <summary>The RSVP deadline of one occurrence as the cycle plans it (the series' end time when it cannot be planned).</summary>
    private static DateTimeOffset Deadline(SeriesSnapshot series, LocalDate date, DateTimeOffset now)
    {
        var plan = OccurrencePlanner.Plan(new PlanInput(series, NodaTime.Text.LocalDatePattern.Iso.Format(date.PlusDays(-1)), [], now));
        return plan.Next is { } next && next.Date == NodaTime.Text.LocalDatePattern.Iso.Format(date)
            ? next.RsvpDeadlineAt
            : DateTimeZoneProviders.Tzdb[series.TimeZone].AtLeniently(date.PlusDays(-series.RsvpDeadlineDays) + NodaTime.Text.LocalTimePattern.CreateWithInvariantCulture("HH:mm").Parse(series.EndTime).Value).ToDateTimeOffset();
    }

    /// <summary>A click the simulation takes at a moment that may depend on what the run has sent so far.</summary>
    private sealed record Click(Func<AtRiskWatcher, DateTimeOffset> At, Func<Task> Raise);

    /// <summary>
    /// Action links in the simulated mails, pointing at a local <c>serve</c>: signed with the simulation's own fixed key
    /// and reproducible nonces, so two runs write the same mails byte for byte. No host accepts them: a host's key is
    /// configured or random (<see cref="LinkSigningKey"/>), never this one.
    /// </summary>
    private static ActionLinks SimulationLinks(TimeProvider clock) =>
        ActionLinks.Reproducible(System.Security.Cryptography.SHA256.HashData("Workflows simulate: links in simulated mails only"u8), clock, new Uri("http://127.0.0.1:7071"));

    /// <summary>The outbox in <c>&lt;out&gt;/outbox/</c>, records in this run's own table, answers from the responses file.</summary>
    private OutboxGateway CreateGateway(string outboxDirectory, TableServiceClient tables, string hubName, TimeProvider clock) =>
        new(new OutboxOptions(outboxDirectory, tables, hubName + "Outbox"), responses, clock);
}
