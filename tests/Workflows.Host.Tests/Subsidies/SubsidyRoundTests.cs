using System.Text.RegularExpressions;
using MimeKit;
using NodaTime;
using Microsoft.DurableTask.Client;
using Workflows.Orchestrations.Links;
using Workflows.Orchestrations.Subsidies;
using Workflows.Testing;

namespace Workflows.Host.Tests.Subsidies;

[Collection(AgreementsCollectionDefinition.Name)]
public sealed partial class SubsidyRoundTests(AzuriteFixture azurite)
{
    private const string Instance = "subsidy:proef:techniek-2027";
    private static readonly LocalDate Start = new(2027, 2, 1);

    [Fact]
    public async Task Full_reminder_ladder_moves_weekend_days_to_friday_and_closes_with_a_summary()
    {
        await using var harness = await AgreementHarness.StartAsync(azurite, Start);
        var started = await SubsidyRoundReconciler.ReconcileAsync(harness.Client, null, AgreementHarness.Config(), harness.Clock);
        Assert.Equal([Instance], started.Started);

        await harness.RunUntilAsync(new LocalDateTime(2027, 3, 17, 9, 0));

        var timeline = await harness.TimelineAsync();
        Assert.Equal(
            [
                "2027-02-01T09:00:00+01:00 subsidy.announced anna@vmbo-a.example bart@vmbo-b.example xena@mbo-x.example",
                "2027-02-12T09:00:00+01:00 subsidy.reminded anna@vmbo-a.example bart@vmbo-b.example xena@mbo-x.example",
                "2027-03-01T09:00:00+01:00 subsidy.reminded anna@vmbo-a.example bart@vmbo-b.example xena@mbo-x.example",
                "2027-03-08T09:00:00+01:00 subsidy.reminded anna@vmbo-a.example bart@vmbo-b.example xena@mbo-x.example",
                "2027-03-12T09:00:00+01:00 subsidy.reminded anna@vmbo-a.example bart@vmbo-b.example xena@mbo-x.example",
                "2027-03-16T00:00:00+01:00 subsidy.closed coco@proef.example",
            ],
            timeline.Select(Line));
        Assert.All(timeline, e =>
        {
            Assert.Equal(Instance, e.Instance);
            Assert.Equal("subsidy-round", e.Workflow);
            Assert.Equal("techniek-2027", e.Round);
        });
        Assert.Equal("aanvraag: 0, niet voor ons: 0, geen reactie: 3", timeline[^1].Reason);
        Assert.Equal("3 dagen voor de deadline", timeline[^2].Reason);

        // One personal mail per director per step, each with its own two links; the summary to the coordinator.
        var sent = await harness.SentAsync();
        Assert.Equal(16, sent.Count);
        var announcement = MimeMessage.Load(harness.Outbox.GetPath(sent.First(r => r.Labels.Kind == SubsidyEvents.Announced && r.Recipients.Contains("anna@vmbo-a.example"))));
        Assert.Equal("Subsidieregeling Techniekroutes 2027: aanvragen uiterlijk maandag 15 maart 2027", announcement.Subject);
        Assert.Contains("Beste Anna,", announcement.TextBody, StringComparison.Ordinal);
        Assert.Equal(2, Links(announcement).Count);
        var last = MimeMessage.Load(harness.Outbox.GetPath(sent.Last(r => r.Labels.Kind == SubsidyEvents.Reminded)));
        Assert.StartsWith("Nog 3 dagen: subsidieregeling Techniekroutes 2027", last.Subject, StringComparison.Ordinal);
        var summary = MimeMessage.Load(harness.Outbox.GetPath(Assert.Single(sent, r => r.Labels.Kind == SubsidyEvents.Closed)));
        Assert.Contains("Geen reactie:\n\n- Vmbo A (Anna Akkermans)\n- Vmbo B (Bart Bosman)\n- ROC X (Xena Xander)", summary.TextBody!.ReplaceLineEndings("\n"), StringComparison.Ordinal);

        var done = await harness.Client.GetInstanceAsync(Instance, getInputsAndOutputs: true);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done!.RuntimeStatus);
    }

    [Fact]
    public async Task An_answer_stops_that_directors_reminders_only_and_an_application_is_shared()
    {
        await using var harness = await AgreementHarness.StartAsync(azurite, Start);
        await SubsidyRoundReconciler.ReconcileAsync(harness.Client, null, AgreementHarness.Config(), harness.Clock);
        await harness.RunUntilAsync(new LocalDateTime(2027, 2, 20, 10, 0));

        await harness.Client.RaiseEventAsync(Instance, SubsidyEvents.Action, new ActionLinkEvent(SubsidyEvents.Applying, "anna", harness.Clock.GetUtcNow()));
        await harness.SettleAsync();
        await harness.RunUntilAsync(new LocalDateTime(2027, 3, 2, 10, 0));
        await harness.Client.RaiseEventAsync(Instance, SubsidyEvents.Action, new ActionLinkEvent(SubsidyEvents.Declined, "xena", harness.Clock.GetUtcNow()));
        await harness.SettleAsync();
        await harness.RunUntilAsync(new LocalDateTime(2027, 3, 17, 9, 0));

        var timeline = await harness.TimelineAsync();
        Assert.Equal(
            [
                "2027-02-01T09:00:00+01:00 subsidy.announced anna@vmbo-a.example bart@vmbo-b.example xena@mbo-x.example",
                "2027-02-12T09:00:00+01:00 subsidy.reminded anna@vmbo-a.example bart@vmbo-b.example xena@mbo-x.example",
                "2027-02-20T10:00:00+01:00 subsidy.acknowledged anna@vmbo-a.example",
                "2027-02-20T10:00:00+01:00 subsidy.application-shared coco@proef.example bart@vmbo-b.example xena@mbo-x.example",
                "2027-03-01T09:00:00+01:00 subsidy.reminded bart@vmbo-b.example xena@mbo-x.example",
                "2027-03-02T10:00:00+01:00 subsidy.acknowledged xena@mbo-x.example",
                "2027-03-08T09:00:00+01:00 subsidy.reminded bart@vmbo-b.example",
                "2027-03-12T09:00:00+01:00 subsidy.reminded bart@vmbo-b.example",
                "2027-03-16T00:00:00+01:00 subsidy.closed coco@proef.example",
            ],
            timeline.Select(Line));
        Assert.Equal("aanvraag: 1, niet voor ons: 1, geen reactie: 1", timeline[^1].Reason);
        var status = (await harness.Client.GetInstanceAsync(Instance, getInputsAndOutputs: true))!.ReadCustomStatusAs<SubsidyRoundStatus>()!;
        Assert.Equal(["anna applying", "xena declined"], status.Answers.Select(a => $"{a.RecipientId} {a.Action}"));
    }

    [Fact]
    public async Task A_deadline_change_far_beyond_the_horizon_leaves_the_round_running_as_it_was()
    {
        await using var harness = await AgreementHarness.StartAsync(azurite, Start);
        await SubsidyRoundReconciler.ReconcileAsync(harness.Client, null, AgreementHarness.Config(), harness.Clock);
        await harness.RunUntilAsync(new LocalDateTime(2027, 2, 15, 10, 0));

        // Straight to the instance, past every edge check: 9999-12-31 used to overflow and end the round as Failed.
        await harness.Client.RaiseEventAsync(Instance, SubsidyEvents.DeadlineChanged, new DeadlineChange("9999-12-31"));
        await harness.SettleAsync();
        await harness.RunUntilAsync(new LocalDateTime(2027, 3, 16, 12, 0));

        var timeline = await harness.TimelineAsync();
        Assert.DoesNotContain(timeline, e => e.Kind == SubsidyEvents.Rescheduled);
        Assert.Equal("subsidy.closed", timeline[^1].Kind);
        var done = await harness.Client.GetInstanceAsync(Instance, getInputsAndOutputs: true);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done!.RuntimeStatus);
        Assert.Equal("\"closed\"", done.SerializedOutput);
    }

    [Fact]
    public async Task A_changed_deadline_reschedules_the_reminders_and_a_withdrawn_round_ends_with_a_notice()
    {
        await using var harness = await AgreementHarness.StartAsync(azurite, Start);
        await SubsidyRoundReconciler.ReconcileAsync(harness.Client, null, AgreementHarness.Config(), harness.Clock);
        await harness.RunUntilAsync(new LocalDateTime(2027, 2, 15, 10, 0));

        // Through the reconciler, as a changed file does it: 15 March becomes Friday 26 March.
        var old = AgreementHarness.Config();
        var moved = AgreementHarness.Config(AgreementHarness.ConfigText().Replace("deadline: 2027-03-15", "deadline: 2027-03-26", StringComparison.Ordinal));
        var reconciled = await SubsidyRoundReconciler.ReconcileAsync(harness.Client, old, moved, harness.Clock);
        Assert.Equal([Instance], reconciled.Changed);
        await harness.WaitForEventsAsync(Instance, 1);
        await harness.RunUntilAsync(new LocalDateTime(2027, 3, 20, 12, 0));

        // Withdrawn by removing it from the file.
        var gone = AgreementHarness.Config(Regex.Replace(AgreementHarness.ConfigText(), "subsidyRounds:.*?(?=\nconvenants:)", "subsidyRounds: []\n", RegexOptions.Singleline));
        Assert.Equal([Instance], (await SubsidyRoundReconciler.ReconcileAsync(harness.Client, moved, gone, harness.Clock)).Removed);
        await harness.WaitForEventsAsync(Instance, 2);
        await harness.RunUntilAsync(new LocalDateTime(2027, 4, 1, 12, 0));

        var timeline = await harness.TimelineAsync();
        Assert.Equal(
            [
                "2027-02-01T09:00:00+01:00 subsidy.announced anna@vmbo-a.example bart@vmbo-b.example xena@mbo-x.example",
                "2027-02-12T09:00:00+01:00 subsidy.reminded anna@vmbo-a.example bart@vmbo-b.example xena@mbo-x.example",
                "2027-02-15T10:00:00+01:00 subsidy.deadline-changed",
                "2027-02-19T09:00:00+01:00 subsidy.reminded anna@vmbo-a.example bart@vmbo-b.example xena@mbo-x.example",
                "2027-03-12T09:00:00+01:00 subsidy.reminded anna@vmbo-a.example bart@vmbo-b.example xena@mbo-x.example",
                "2027-03-19T09:00:00+01:00 subsidy.reminded anna@vmbo-a.example bart@vmbo-b.example xena@mbo-x.example",
                "2027-03-20T12:00:00+01:00 subsidy.withdrawn anna@vmbo-a.example bart@vmbo-b.example xena@mbo-x.example coco@proef.example",
            ],
            timeline.Select(Line));
        Assert.Equal("Deadline verplaatst van maandag 15 maart 2027 naar vrijdag 26 maart 2027", timeline[2].Reason);
        var notice = MimeMessage.Load(harness.Outbox.GetPath(Assert.Single(await harness.SentAsync(), r => r.Labels.Kind == SubsidyEvents.Withdrawn)));
        Assert.Equal("Ingetrokken: subsidieregeling Techniekroutes 2027", notice.Subject);
        var done = await harness.Client.GetInstanceAsync(Instance, getInputsAndOutputs: true);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done!.RuntimeStatus);
        Assert.Equal("\"withdrawn\"", done.SerializedOutput);
    }

    [Fact]
    public async Task Workers_restarted_around_a_reminder_send_nobody_a_second_mail()
    {
        // Every activity runs twice, as at-least-once delivery may do after a worker is replaced mid-step.
        await using var harness = await AgreementHarness.StartAsync(azurite, Start, activityDeliveries: 2);
        await SubsidyRoundReconciler.ReconcileAsync(harness.Client, null, AgreementHarness.Config(), harness.Clock);
        await harness.RunUntilAsync(new LocalDateTime(2027, 2, 12, 8, 30));

        // The clock reaches the reminder while no worker runs; a new worker takes over and is replaced again
        // while the reminder step may be in hand.
        await harness.StopWorkerAsync();
        harness.Clock.SetUtcNow(AgreementHarness.Amsterdam.AtStrictly(new LocalDateTime(2027, 2, 12, 9, 0)).ToDateTimeOffset());
        await harness.StartWorkerAsync();
        await harness.StopWorkerAsync();
        await harness.StartWorkerAsync();
        await harness.RunUntilAsync(new LocalDateTime(2027, 3, 17, 9, 0));

        var sent = await harness.SentAsync();
        Assert.Equal(16, sent.Count);
        Assert.Equal(16, Directory.GetFiles(harness.Outbox.OutputDirectory, "*.eml").Length);
        Assert.Equal(3, sent.Count(r => r.Labels.Kind == SubsidyEvents.Reminded && r.At.Month == 2));
        var timeline = await harness.TimelineAsync();
        Assert.Equal(
            [SubsidyEvents.Announced, SubsidyEvents.Reminded, SubsidyEvents.Reminded, SubsidyEvents.Reminded, SubsidyEvents.Reminded, SubsidyEvents.Closed],
            timeline.Select(e => e.Kind));
        Assert.Equal(OrchestrationRuntimeStatus.Completed, (await harness.Client.GetInstanceAsync(Instance))!.RuntimeStatus);
    }

    internal static string Line(global::Workflows.Orchestrations.Timeline.TimelineEvent e) =>
        $"{AgreementHarness.Local(e.At)} {e.Kind} {string.Join(' ', e.Recipients ?? [])}".TrimEnd();

    internal static List<string> Links(MimeMessage message) =>
        [.. LinkPattern().Matches(message.TextBody ?? string.Empty).Select(m => m.Value).Distinct()];

    [GeneratedRegex(@"https://proef\.example/api/links/[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+")]
    private static partial Regex LinkPattern();
}
