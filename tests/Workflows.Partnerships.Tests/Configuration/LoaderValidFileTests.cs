using NodaTime;
using Workflows.Partnerships.Configuration;
using Workflows.Partnerships.Calendar;
using Workflows.Partnerships.Scheduling;

namespace Workflows.Partnerships.Tests.Configuration;

public sealed class LoaderValidFileTests
{
    [Fact]
    public void Minimal_file_loads_with_defaults()
    {
        var result = PartnershipConfigLoader.Parse(SampleConfigs.Minimal, "minimal.yaml", SampleConfigs.Today);

        Assert.Empty(result.Errors);
        Assert.True(result.IsValid);
        var partnership = result.Config.Partnership;
        Assert.Equal("profijt", partnership.Id);
        Assert.Equal("Europe/Amsterdam", partnership.TimeZone);
        Assert.Equal(Language.Nl, partnership.Language);
        Assert.Equal(SchoolRegion.Midden, partnership.SchoolRegion);
        Assert.Empty(partnership.Coordinators);
        Assert.Empty(result.Config.Meetings);
        Assert.Empty(result.Config.People[0].Roles);
        Assert.Same(CalendarSettings.Empty, result.Config.Calendar);
    }

    [Fact]
    public void Full_file_maps_every_section()
    {
        var result = PartnershipConfigLoader.Parse(SampleConfigs.Full, "profijt.yaml", SampleConfigs.Today);

        Assert.Empty(result.Errors);
        var config = result.Config!;
        Assert.Equal(["karin", "erik"], config.Partnership.Coordinators);
        Assert.Equal(OrganizationKind.Pro, config.FindOrganization("pro")!.Kind);
        Assert.Equal("Stichting Oost", config.FindOrganization("oost")!.Board);
        Assert.Equal(["afdelingsleider", "decaan"], config.FindPerson("anna")!.Roles);

        var meeting = config.Meetings.Single();
        Assert.Equal("FREQ=MONTHLY;INTERVAL=2;BYDAY=2TU", meeting.Recurrence);
        Assert.Equal(new LocalDate(2026, 9, 8), meeting.Start);
        Assert.Equal(new MeetingTime(new LocalTime(15, 0), new LocalTime(17, 0)), meeting.Time);
        Assert.Equal("15:00-17:00", meeting.Time.ToString());
        Assert.Equal(HolidayPolicy.NextWeek, meeting.Holidays);
        Assert.Equal((21, 7), (meeting.InviteLeadDays, meeting.RsvpDeadlineDays));
        Assert.Equal(["Nieuws binnen Profijt"], meeting.Agenda.FixedItems);
        Assert.Equal(28, meeting.Agenda.ChairReminderDays);
        Assert.Equal([OrganizationKind.Vmbo, OrganizationKind.Mbo], meeting.Quorum.RequireKinds);
        Assert.Equal(3, meeting.Quorum.MinAccepted);
        Assert.Equal(0.5, meeting.LowTurnout);
        Assert.False(meeting.Online);

        var round = config.SubsidyRounds.Single();
        Assert.Equal(new LocalDate(2026, 10, 1), round.Deadline);
        Assert.Equal([30, 14, 7, 1], round.Reminders);
        Assert.Equal(new Uri("https://example.org/stera"), round.Url);
        Assert.True(round.ShareApplications);

        var convenant = config.Convenants.Single();
        Assert.Equal(["25180", "23089"], convenant.Crebos);
        Assert.Equal(50m, convenant.PricePerHour);
        Assert.Equal(
            [new HourBudget("stagebegeleiders", 120), new HourBudget("leerlijncontacten", 100), new HourBudget("mboAansluiting", 100)],
            convenant.Hours);
        Assert.Equal(new LocalDate(2027, 7, 31), convenant.ValidUntil);
        Assert.Equal(3, convenant.Review.Month);
        Assert.Equal(30, convenant.Review.LeadDays);

        Assert.Equal([new LocalDate(2026, 11, 20)], config.Calendar.ExtraClosedDays);
        Assert.Equal(
            new HolidayOverride("herfstvakantie", new LocalDate(2026, 10, 24), new LocalDate(2026, 11, 1)),
            config.Calendar.Holidays.Single());
        Assert.True(config.Calendar.IncludeGoodFriday);
    }

    [Fact]
    public void Load_reads_a_file_and_names_it_in_errors()
    {
        var path = Path.Combine(Path.GetTempPath(), $"partnership-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, SampleConfigs.Minimal.Replace("kind: vmbo", "kind: vmob", StringComparison.Ordinal));
        try
        {
            var result = PartnershipConfigLoader.Load(path, SampleConfigs.Today);

            var error = Assert.Single(result.Errors);
            Assert.Equal($"{path}:9:11: organizations[0].kind: unknown kind 'vmob' (expected vmbo, mbo, hbo, vso, pro or havo-vwo); did you mean 'vmbo'?", error.ToString());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Missing_file_is_a_located_error()
    {
        var result = PartnershipConfigLoader.Load("/nonexistent/partnership.yaml", SampleConfigs.Today);

        Assert.Null(result.Config);
        var error = Assert.Single(result.Errors);
        Assert.Equal(("/nonexistent/partnership.yaml", 1, 1), (error.File, error.Line, error.Column));
    }
}
