using MimeKit;
using NodaTime;
using Workflows.Orchestrations.Subsidies;
using Workflows.Testing;

namespace Workflows.Host.Tests.Subsidies;

/// <summary>
/// A subsidy deadline with a time of day (issue 16): <c>deadline: 2027-03-29T17:00</c> closes the round at 17:00
/// Amsterdam time, the day after summer time began, and a change of the file to another time moves the close.
/// </summary>
[Collection(AgreementsCollectionDefinition.Name)]
public sealed class DeadlineWithTimeTests(AzuriteFixture azurite)
{
    private const string Instance = "subsidy:proef:techniek-2027";

    private static string Yaml(string deadline)
    {
        string text = AgreementHarness.ConfigText();
        Assert.Contains("deadline: 2027-03-15", text, StringComparison.Ordinal);
        return text.Replace("deadline: 2027-03-15", "deadline: " + deadline, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_round_closes_at_the_deadlines_local_time_across_summer_time_and_the_mails_say_so()
    {
        await using var harness = await AgreementHarness.StartAsync(azurite, new LocalDate(2027, 2, 1));
        var config = AgreementHarness.Config(Yaml("2027-03-29T17:00"));
        await SubsidyRoundReconciler.ReconcileAsync(harness.Client, null, config, harness.Clock);
        await harness.RunUntilAsync(new LocalDateTime(2027, 3, 31, 9, 0));

        var timeline = await harness.TimelineAsync();
        Assert.Equal("2027-03-29T17:00:00+02:00 subsidy.closed coco@proef.example", SubsidyRoundTests.Line(timeline[^1]));
        Assert.All(timeline.SkipLast(1), e =>
        {
            var local = Instant.FromDateTimeOffset(e.At).InZone(AgreementHarness.Amsterdam);
            Assert.True(local.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday), $"{e.Kind} on a {local.DayOfWeek}");
            Assert.Equal(new LocalTime(9, 0), local.TimeOfDay);
        });

        var sent = await harness.SentAsync();
        var announcement = MimeMessage.Load(harness.Outbox.GetPath(sent.First(r => r.Labels.Kind == SubsidyEvents.Announced)));
        Assert.Equal("Subsidieregeling Techniekroutes 2027: aanvragen uiterlijk maandag 29 maart 2027 om 17.00 uur", announcement.Subject);
        Assert.Contains("Aanvragen moeten uiterlijk maandag 29 maart 2027 om 17.00 uur binnen zijn.", announcement.TextBody, StringComparison.Ordinal);
        var summary = MimeMessage.Load(harness.Outbox.GetPath(sent.Single(r => r.Labels.Kind == SubsidyEvents.Closed)));
        Assert.Contains("liep af op maandag 29 maart 2027 om 17.00 uur.", summary.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("\n- \n", summary.TextBody!.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_changes_only_the_time_moves_the_close_and_the_status_carries_it()
    {
        await using var harness = await AgreementHarness.StartAsync(azurite, new LocalDate(2027, 2, 1));
        var before = AgreementHarness.Config(Yaml("2027-03-15T17:00"));
        await SubsidyRoundReconciler.ReconcileAsync(harness.Client, null, before, harness.Clock);
        await harness.RunUntilAsync(new LocalDateTime(2027, 3, 1, 10, 0));

        var changed = await SubsidyRoundReconciler.ReconcileAsync(harness.Client, before, AgreementHarness.Config(Yaml("2027-03-15T12:00")), harness.Clock);
        Assert.Equal([Instance], changed.Changed);
        await harness.SettleAsync();
        var status = (await harness.Client.GetInstanceAsync(Instance, getInputsAndOutputs: true))!.ReadCustomStatusAs<SubsidyRoundStatus>()!;
        Assert.Equal(("2027-03-15", "12:00"), (status.Deadline, status.DeadlineTime));
        await harness.RunUntilAsync(new LocalDateTime(2027, 3, 16, 9, 0));

        var timeline = await harness.TimelineAsync();
        Assert.Equal(
            "Deadline verplaatst van maandag 15 maart 2027 om 17.00 uur naar maandag 15 maart 2027 om 12.00 uur",
            timeline.Single(e => e.Kind == SubsidyEvents.Rescheduled).Reason);
        Assert.Equal("2027-03-15T12:00:00+01:00 subsidy.closed coco@proef.example", SubsidyRoundTests.Line(timeline[^1]));
    }

    [Theory]
    [InlineData("2027-03-29", null, "2027-03-30T00:00:00+02:00")]
    [InlineData("2027-03-29", "17:00", "2027-03-29T17:00:00+02:00")]
    [InlineData("2027-10-29", "17:00", "2027-10-29T17:00:00+02:00")]
    [InlineData("2027-11-01", "17:00", "2027-11-01T17:00:00+01:00")]
    [InlineData("2027-03-28", "02:30", "2027-03-28T03:30:00+02:00")]
    public void The_deadline_moment_is_local_time_with_a_date_meaning_the_whole_day(string date, string? time, string expected)
    {
        var round = SubsidyRoundSnapshots.Create(AgreementHarness.Config(), AgreementHarness.Config().SubsidyRounds[0]) with { Deadline = date, DeadlineTime = time };

        Assert.Equal(expected, AgreementHarness.Local(SubsidySchedule.DeadlineAt(round)));
    }
}
