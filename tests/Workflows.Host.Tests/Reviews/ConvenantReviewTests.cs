using NodaTime;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Workflows.Host.Tests.Subsidies;
using Workflows.Orchestrations.Reviews;
using Workflows.Messaging;
using Workflows.Testing;

namespace Workflows.Host.Tests.Reviews;

[Collection(AgreementsCollectionDefinition.Name)]
public sealed class ConvenantReviewTests(AzuriteFixture azurite)
{
    private const string Instance = "review:proef:a-x";
    private const string Participants = "anna@vmbo-a.example xena@mbo-x.example bea@vmbo-a.example max@mbo-x.example";

    [Fact]
    public async Task The_talk_is_invited_with_its_agenda_and_the_outcome_reaches_next_years_agenda_and_cancels_the_expiry_alerts()
    {
        var everyoneAccepts = new ReviewAnswers((_, _) => ResponseStatus.Accepted);
        await using var harness = await AgreementHarness.StartAsync(azurite, new LocalDate(2027, 1, 4), everyoneAccepts);
        var started = await ConvenantReviewReconciler.ReconcileAsync(harness.Client, null, AgreementHarness.Config());
        Assert.Equal([Instance], started.Started);
        await harness.RunUntilAsync(new LocalDateTime(2027, 3, 10, 10, 0));

        var first = await harness.TimelineAsync();
        Assert.Equal([$"2027-02-05T09:00:00+01:00 review.invited {Participants}"], first.Select(SubsidyRoundTests.Line));
        Assert.Equal("2027-03-09T15:00:00+01:00", AgreementHarness.Local(first[0].Start));
        Assert.Equal("2027-03-09T17:00:00+01:00", AgreementHarness.Local(first[0].End));
        Assert.Equal("a-x", first[0].Convenant);
        string agenda = Ics(harness, (await harness.SentAsync()).Single());
        Assert.Contains("SUMMARY:Bestuursgesprek convenant Vmbo A – ROC X", agenda, StringComparison.Ordinal);
        Assert.Contains("Verdeling van de samenwerking over het mbo-aanbod", agenda, StringComparison.Ordinal);
        Assert.Contains("25180", agenda, StringComparison.Ordinal);
        Assert.Contains("stagebegeleiding", agenda, StringComparison.Ordinal);
        Assert.DoesNotContain("Uitkomst vorig jaar", agenda, StringComparison.Ordinal);

        await harness.Client.RaiseEventAsync(
            Instance, ReviewEvents.Outcome, new ReviewOutcome("Uren mbo-aansluiting naar 80", ["Crebo 25181 vervalt"], "2029-07-31"));
        await harness.SettleAsync();
        await harness.RunUntilAsync(new LocalDateTime(2028, 3, 1, 10, 0));

        var timeline = await harness.TimelineAsync();
        Assert.Equal(
            [
                $"2027-02-05T09:00:00+01:00 review.invited {Participants}",
                "2027-03-10T10:00:00+01:00 review.held",
                $"2028-02-11T09:00:00+01:00 review.invited {Participants}",
            ],
            timeline.Select(SubsidyRoundTests.Line));
        Assert.Equal("Uren mbo-aansluiting naar 80", timeline[1].Reason);
        Assert.Equal("dinsdag 9 maart 2027: Uren mbo-aansluiting naar 80. Crebo 25181 vervalt. Convenant verlengd tot dinsdag 31 juli 2029.", timeline[2].Reason);
        string next = Ics(harness, (await harness.SentAsync()).Last());
        Assert.Contains("Uitkomst vorig jaar", next, StringComparison.Ordinal);
        Assert.Contains("Uren mbo-aansluiting naar 80", next, StringComparison.Ordinal);
        Assert.Contains("31 juli 2029", next, StringComparison.Ordinal);

        var stored = Assert.Single(await harness.Reviews.Outcomes.ReadAsync("proef", "a-x"));
        Assert.Equal((2027, "2027-03-09", "2029-07-31"), (stored.Year, stored.TalkDate, stored.Outcome.ValidUntil));
        var status = (await harness.Client.GetInstanceAsync(Instance, getInputsAndOutputs: true))!.ReadCustomStatusAs<ReviewStatus>()!;
        Assert.Equal((2028, "2028-03-14", "2029-07-31"), (status.Year, status.TalkDate, status.ValidUntil));
    }

    [Fact]
    public async Task Expiry_alerts_go_to_both_directors_90_and_30_days_before_on_working_days()
    {
        await using var harness = await AgreementHarness.StartAsync(azurite, new LocalDate(2027, 4, 1), new ReviewAnswers((_, _) => ResponseStatus.Accepted));
        await ConvenantReviewReconciler.ReconcileAsync(harness.Client, null, AgreementHarness.Config());
        await harness.RunUntilAsync(new LocalDateTime(2027, 8, 2, 10, 0));

        var timeline = await harness.TimelineAsync();
        Assert.Equal(
            [
                "2027-04-23T09:00:00+02:00 convenant.expiring anna@vmbo-a.example xena@mbo-x.example coco@proef.example",
                "2027-07-01T09:00:00+02:00 convenant.expiring anna@vmbo-a.example xena@mbo-x.example coco@proef.example",
            ],
            timeline.Select(SubsidyRoundTests.Line));
        Assert.Equal(["loopt af op zaterdag 31 juli 2027, over 99 dagen", "loopt af op zaterdag 31 juli 2027, over 30 dagen"], timeline.Select(e => e.Reason));
        var mails = await harness.SentAsync();
        Assert.Equal(2, mails.Count);
        Assert.Equal("Convenant Vmbo A – ROC X loopt af op zaterdag 31 juli 2027", mails[0].Subject);
        Assert.Equal(["anna@vmbo-a.example", "xena@mbo-x.example", "coco@proef.example"], mails[1].Recipients);
    }

    [Fact]
    public async Task A_declining_mbo_side_tells_the_coordinators_and_the_talk_moves_a_week()
    {
        var mboDeclinesTheFirstDate = new ReviewAnswers((email, date) =>
            email.EndsWith("@mbo-x.example", StringComparison.Ordinal) && date == "2027-03-09" ? ResponseStatus.Declined : ResponseStatus.Accepted);
        await using var harness = await AgreementHarness.StartAsync(azurite, new LocalDate(2027, 1, 4), mboDeclinesTheFirstDate);
        await ConvenantReviewReconciler.ReconcileAsync(harness.Client, null, AgreementHarness.Config());
        await harness.RunUntilAsync(new LocalDateTime(2027, 3, 17, 10, 0));

        var timeline = await harness.TimelineAsync();
        Assert.Equal(
            [
                $"2027-02-05T09:00:00+01:00 review.invited {Participants}",
                "2027-02-19T09:00:00+01:00 review.declined coco@proef.example",
                $"2027-02-19T09:00:00+01:00 review.rescheduled {Participants}",
            ],
            timeline.Select(SubsidyRoundTests.Line));
        Assert.Equal("alle deelnemers van ROC X hebben zich afgemeld", timeline[1].Reason);
        Assert.Equal("2027-03-16T15:00:00+01:00", AgreementHarness.Local(timeline[2].Start));

        var sent = await harness.SentAsync();
        var notice = sent.Single(r => r.Labels.Kind == ReviewEvents.Declined);
        Assert.Equal("Bestuursgesprek Vmbo A – ROC X: ROC X kan niet op dinsdag 9 maart 2027", notice.Subject);
        Assert.Contains("Het gesprek is verplaatst naar dinsdag 16 maart 2027; iedereen heeft de nieuwe datum gekregen.", MimeKit.MimeMessage.Load(harness.Outbox.GetPath(notice)).TextBody, StringComparison.Ordinal);
        var update = sent.Single(r => r.Labels.Kind == ReviewEvents.Rescheduled);
        var moved = await harness.Outbox.GetEventAsync(update.EventId!);
        Assert.Equal("2027-03-16T15:00:00+01:00", AgreementHarness.Local(moved!.Start));
        var status = (await harness.Client.GetInstanceAsync(Instance, getInputsAndOutputs: true))!.ReadCustomStatusAs<ReviewStatus>()!;
        // After the talk it waits for the outcome: two weeks on it asks the coordinators for it (before the first expiry alert, 23 April).
        Assert.Equal(("outcome-reminder", "2027-03-16"), (status.Phase, status.TalkDate));
        Assert.Equal(OrchestrationRuntimeStatus.Running, (await harness.Client.GetInstanceAsync(Instance))!.RuntimeStatus);
    }

    /// <summary>The .ics file of a record, unfolded (RFC 5545 folds lines at 75 octets) and unescaped.</summary>
    private static string Ics(AgreementHarness harness, Messaging.Outbox.OutboxRecord record) =>
        File.ReadAllText(harness.Outbox.GetPath(record)).Replace("\r\n ", string.Empty, StringComparison.Ordinal).Replace("\\,", ",", StringComparison.Ordinal).Replace("\\n", "\n", StringComparison.Ordinal);
}
