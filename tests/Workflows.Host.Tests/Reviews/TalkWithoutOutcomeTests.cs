using MimeKit;
using NodaTime;
using Workflows.Host.Tests.Subsidies;
using Workflows.Orchestrations.Reviews;
using Workflows.Messaging;
using Workflows.Testing;

namespace Workflows.Host.Tests.Reviews;

/// <summary>
/// A bestuur talk whose outcome is never recorded (issue 16): it used to show as <c>review.held</c> 60 days after the
/// talk, on Saturday 8 May 2027 at 18:00 summer time (the talk's 17:00 winter-time end plus 60 × 24 hours). Now the
/// coordinators are asked for the outcome two weeks after the talk (09:00 on a working day), and the year closes with
/// the talk recorded at its own date and time, saying no outcome was recorded.
/// </summary>
[Collection(AgreementsCollectionDefinition.Name)]
public sealed class TalkWithoutOutcomeTests(AzuriteFixture azurite)
{
    private const string Instance = "review:proef:a-x";
    private const string Participants = "anna@vmbo-a.example xena@mbo-x.example bea@vmbo-a.example max@mbo-x.example";

    [Fact]
    public async Task A_talk_without_an_outcome_asks_the_coordinators_once_and_is_recorded_at_its_own_date_and_time()
    {
        await using var harness = await AgreementHarness.StartAsync(azurite, new LocalDate(2027, 1, 4), new ReviewAnswers((_, _) => ResponseStatus.Accepted));
        await ConvenantReviewReconciler.ReconcileAsync(harness.Client, null, AgreementHarness.Config());
        await harness.RunUntilAsync(new LocalDateTime(2027, 6, 1, 10, 0));

        var timeline = (await harness.TimelineAsync()).Where(e => e.Kind != ReviewEvents.Expiring).ToList();
        Assert.Equal(
            [
                $"2027-02-05T09:00:00+01:00 review.invited {Participants}",
                "2027-03-09T15:00:00+01:00 review.held",
                "2027-03-23T09:00:00+01:00 review.outcome-missing coco@proef.example",
            ],
            timeline.Select(SubsidyRoundTests.Line));
        Assert.Equal("Geen uitkomst vastgelegd", timeline[1].Reason);
        Assert.Equal("2027-03-09T15:00:00+01:00", AgreementHarness.Local(timeline[1].Start));

        // Every step on a weekday at 09:00 local time, except the record of the talk itself (its own start).
        Assert.All(timeline.Where(e => e.Kind != ReviewEvents.Held), e =>
        {
            var local = Instant.FromDateTimeOffset(e.At).InZone(AgreementHarness.Amsterdam);
            Assert.True(local.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday), $"{e.Kind} on a {local.DayOfWeek}");
            Assert.Equal(new LocalTime(9, 0), local.TimeOfDay);
        });

        var ask = (await harness.SentAsync()).Single(r => r.Labels.Kind == ReviewEvents.OutcomeMissing);
        Assert.Equal("Uitkomst bestuursgesprek Vmbo A – ROC X nog niet vastgelegd", ask.Subject);
        var text = MimeMessage.Load(harness.Outbox.GetPath(ask)).TextBody!.ReplaceLineEndings("\n");
        Assert.StartsWith("Beste ", text, StringComparison.Ordinal);
        Assert.Contains("op dinsdag 9 maart 2027 is nog geen uitkomst vastgelegd", text, StringComparison.Ordinal);
        Assert.Contains("Met vriendelijke groet,\n", text, StringComparison.Ordinal);

        // The year closed on Friday 7 May 2027 (60 days on is a Saturday): next year's talk is planned.
        var status = (await harness.Client.GetInstanceAsync(Instance, getInputsAndOutputs: true))!.ReadCustomStatusAs<ReviewStatus>()!;
        Assert.Equal(2028, status.Year);
    }

    [Fact]
    public void The_end_of_the_wait_is_a_working_day_at_nine_across_summer_time()
    {
        var c = Orchestrations.Reviews.ConvenantSnapshots.Create(AgreementHarness.Config(), AgreementHarness.Config().Convenants[0]);
        var talk = new LocalDate(2027, 3, 9);

        var due = Instant.FromDateTimeOffset(ReviewSchedule.OutcomeDueAt(c, talk)).InZone(AgreementHarness.Amsterdam);
        var ask = Instant.FromDateTimeOffset(ReviewSchedule.OutcomeReminderAt(c, talk)).InZone(AgreementHarness.Amsterdam);

        Assert.Equal(new LocalDateTime(2027, 5, 7, 9, 0), due.LocalDateTime);
        Assert.Equal(Offset.FromHours(2), due.Offset);
        Assert.Equal(new LocalDateTime(2027, 3, 23, 9, 0), ask.LocalDateTime);
    }
}
