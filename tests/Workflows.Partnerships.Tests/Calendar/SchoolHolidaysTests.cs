using NodaTime;
using Workflows.Partnerships.Calendar;

namespace Workflows.Partnerships.Tests.Calendar;

public sealed class SchoolHolidaysTests
{
    public static TheoryData<SchoolRegion> Regions => [SchoolRegion.Noord, SchoolRegion.Midden, SchoolRegion.Zuid];

    [Theory]
    [MemberData(nameof(Regions))]
    public void Every_period_runs_from_a_Saturday_to_a_Sunday(SchoolRegion region)
    {
        foreach (var period in SchoolHolidays.For(region))
        {
            Assert.True(period.First.DayOfWeek == IsoDayOfWeek.Saturday, $"{region} {period} starts on {period.First.DayOfWeek}");
            Assert.True(period.Last.DayOfWeek == IsoDayOfWeek.Sunday, $"{region} {period} ends on {period.Last.DayOfWeek}");
        }
    }

    [Theory]
    [MemberData(nameof(Regions))]
    public void Each_region_has_five_holidays_per_school_year_2025_to_2028_in_order(SchoolRegion region)
    {
        var periods = SchoolHolidays.For(region);
        Assert.Equal(20, periods.Count);
        for (var year = 2025; year <= 2028; year++)
        {
            var names = periods.Where(p => p.SchoolYear == year).Select(p => p.Name);
            Assert.Equal(
                [SchoolHolidays.Herfst, SchoolHolidays.Kerst, SchoolHolidays.Voorjaar, SchoolHolidays.Mei, SchoolHolidays.Zomer],
                names);
        }

        for (var i = 1; i < periods.Count; i++)
        {
            Assert.True(periods[i - 1].Last < periods[i].First, $"{periods[i - 1]} overlaps {periods[i]}");
        }
    }

    // Every row of the DOMAIN.md table, one cell per line: school year, region, name, first, last.
    [Theory]
    [InlineData(2025, SchoolRegion.Noord, "herfstvakantie", "2025-10-18", "2025-10-26")]
    [InlineData(2025, SchoolRegion.Noord, "kerstvakantie", "2025-12-20", "2026-01-04")]
    [InlineData(2025, SchoolRegion.Noord, "voorjaarsvakantie", "2026-02-21", "2026-03-01")]
    [InlineData(2025, SchoolRegion.Noord, "meivakantie", "2026-04-25", "2026-05-03")]
    [InlineData(2025, SchoolRegion.Noord, "zomervakantie", "2026-07-04", "2026-08-16")]
    [InlineData(2025, SchoolRegion.Midden, "herfstvakantie", "2025-10-18", "2025-10-26")]
    [InlineData(2025, SchoolRegion.Midden, "kerstvakantie", "2025-12-20", "2026-01-04")]
    [InlineData(2025, SchoolRegion.Midden, "voorjaarsvakantie", "2026-02-14", "2026-02-22")]
    [InlineData(2025, SchoolRegion.Midden, "meivakantie", "2026-04-25", "2026-05-03")]
    [InlineData(2025, SchoolRegion.Midden, "zomervakantie", "2026-07-18", "2026-08-30")]
    [InlineData(2025, SchoolRegion.Zuid, "herfstvakantie", "2025-10-11", "2025-10-19")]
    [InlineData(2025, SchoolRegion.Zuid, "kerstvakantie", "2025-12-20", "2026-01-04")]
    [InlineData(2025, SchoolRegion.Zuid, "voorjaarsvakantie", "2026-02-14", "2026-02-22")]
    [InlineData(2025, SchoolRegion.Zuid, "meivakantie", "2026-04-25", "2026-05-03")]
    [InlineData(2025, SchoolRegion.Zuid, "zomervakantie", "2026-07-11", "2026-08-23")]
    [InlineData(2026, SchoolRegion.Noord, "herfstvakantie", "2026-10-10", "2026-10-18")]
    [InlineData(2026, SchoolRegion.Noord, "kerstvakantie", "2026-12-19", "2027-01-03")]
    [InlineData(2026, SchoolRegion.Noord, "voorjaarsvakantie", "2027-02-20", "2027-02-28")]
    [InlineData(2026, SchoolRegion.Noord, "meivakantie", "2027-04-24", "2027-05-02")]
    [InlineData(2026, SchoolRegion.Noord, "zomervakantie", "2027-07-10", "2027-08-22")]
    [InlineData(2026, SchoolRegion.Midden, "herfstvakantie", "2026-10-17", "2026-10-25")]
    [InlineData(2026, SchoolRegion.Midden, "kerstvakantie", "2026-12-19", "2027-01-03")]
    [InlineData(2026, SchoolRegion.Midden, "voorjaarsvakantie", "2027-02-20", "2027-02-28")]
    [InlineData(2026, SchoolRegion.Midden, "meivakantie", "2027-04-24", "2027-05-02")]
    [InlineData(2026, SchoolRegion.Midden, "zomervakantie", "2027-07-17", "2027-08-29")]
    [InlineData(2026, SchoolRegion.Zuid, "herfstvakantie", "2026-10-17", "2026-10-25")]
    [InlineData(2026, SchoolRegion.Zuid, "kerstvakantie", "2026-12-19", "2027-01-03")]
    [InlineData(2026, SchoolRegion.Zuid, "voorjaarsvakantie", "2027-02-13", "2027-02-21")]
    [InlineData(2026, SchoolRegion.Zuid, "meivakantie", "2027-04-24", "2027-05-02")]
    [InlineData(2026, SchoolRegion.Zuid, "zomervakantie", "2027-07-24", "2027-09-05")]
    [InlineData(2027, SchoolRegion.Noord, "herfstvakantie", "2027-10-16", "2027-10-24")]
    [InlineData(2027, SchoolRegion.Noord, "kerstvakantie", "2027-12-25", "2028-01-09")]
    [InlineData(2027, SchoolRegion.Noord, "voorjaarsvakantie", "2028-02-19", "2028-02-27")]
    [InlineData(2027, SchoolRegion.Noord, "meivakantie", "2028-04-29", "2028-05-07")]
    [InlineData(2027, SchoolRegion.Noord, "zomervakantie", "2028-07-15", "2028-08-27")]
    [InlineData(2027, SchoolRegion.Midden, "herfstvakantie", "2027-10-16", "2027-10-24")]
    [InlineData(2027, SchoolRegion.Midden, "kerstvakantie", "2027-12-25", "2028-01-09")]
    [InlineData(2027, SchoolRegion.Midden, "voorjaarsvakantie", "2028-02-26", "2028-03-05")]
    [InlineData(2027, SchoolRegion.Midden, "meivakantie", "2028-04-29", "2028-05-07")]
    [InlineData(2027, SchoolRegion.Midden, "zomervakantie", "2028-07-08", "2028-08-20")]
    [InlineData(2027, SchoolRegion.Zuid, "herfstvakantie", "2027-10-23", "2027-10-31")]
    [InlineData(2027, SchoolRegion.Zuid, "kerstvakantie", "2027-12-25", "2028-01-09")]
    [InlineData(2027, SchoolRegion.Zuid, "voorjaarsvakantie", "2028-02-26", "2028-03-05")]
    [InlineData(2027, SchoolRegion.Zuid, "meivakantie", "2028-04-29", "2028-05-07")]
    [InlineData(2027, SchoolRegion.Zuid, "zomervakantie", "2028-07-22", "2028-09-03")]
    [InlineData(2028, SchoolRegion.Noord, "herfstvakantie", "2028-10-14", "2028-10-22")]
    [InlineData(2028, SchoolRegion.Noord, "kerstvakantie", "2028-12-23", "2029-01-07")]
    [InlineData(2028, SchoolRegion.Noord, "voorjaarsvakantie", "2029-02-17", "2029-02-25")]
    [InlineData(2028, SchoolRegion.Noord, "meivakantie", "2029-04-28", "2029-05-06")]
    [InlineData(2028, SchoolRegion.Noord, "zomervakantie", "2029-07-21", "2029-09-02")]
    [InlineData(2028, SchoolRegion.Midden, "herfstvakantie", "2028-10-21", "2028-10-29")]
    [InlineData(2028, SchoolRegion.Midden, "kerstvakantie", "2028-12-23", "2029-01-07")]
    [InlineData(2028, SchoolRegion.Midden, "voorjaarsvakantie", "2029-02-17", "2029-02-25")]
    [InlineData(2028, SchoolRegion.Midden, "meivakantie", "2029-04-28", "2029-05-06")]
    [InlineData(2028, SchoolRegion.Midden, "zomervakantie", "2029-07-07", "2029-08-19")]
    [InlineData(2028, SchoolRegion.Zuid, "herfstvakantie", "2028-10-21", "2028-10-29")]
    [InlineData(2028, SchoolRegion.Zuid, "kerstvakantie", "2028-12-23", "2029-01-07")]
    [InlineData(2028, SchoolRegion.Zuid, "voorjaarsvakantie", "2029-02-10", "2029-02-18")]
    [InlineData(2028, SchoolRegion.Zuid, "meivakantie", "2029-04-28", "2029-05-06")]
    [InlineData(2028, SchoolRegion.Zuid, "zomervakantie", "2029-07-14", "2029-08-26")]
    public void Table_matches_the_domain_brief(int schoolYear, SchoolRegion region, string name, string first, string last)
    {
        var period = Assert.Single(SchoolHolidays.For(region), p => p.SchoolYear == schoolYear && p.Name == name);
        Assert.Equal(Dates.Parse(first), period.First);
        Assert.Equal(Dates.Parse(last), period.Last);
    }
}
