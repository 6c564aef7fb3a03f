using Workflows.Partnerships.Calendar;
using Workflows.Partnerships.Rules;

namespace Workflows.Partnerships.Tests.Rules;

public sealed class ConvenantCalendarTests
{
    [Theory]
    // Second Tuesday, schools open.
    [InlineData(SchoolRegion.Midden, 2027, 3, "2027-03-09")]
    // 1 Sep 2026 is itself a Tuesday.
    [InlineData(SchoolRegion.Midden, 2026, 9, "2026-09-08")]
    // 13 Oct 2026 is in the noord herfstvakantie (10-18 Oct).
    [InlineData(SchoolRegion.Noord, 2026, 10, "2026-10-19")]
    // Midden zomervakantie 2027 ends 29 Aug: the next working day is still in August.
    [InlineData(SchoolRegion.Midden, 2027, 8, "2027-08-30")]
    // Noord zomervakantie 2026 starts 4 Jul: the rest of July is closed, so the first working day of July.
    [InlineData(SchoolRegion.Noord, 2026, 7, "2026-07-01")]
    // Zuid zomervakantie 2027 (24 Jul - 5 Sep) covers August: the first working day after it.
    [InlineData(SchoolRegion.Zuid, 2027, 8, "2027-09-06")]
    public void Review_date_is_the_second_Tuesday_or_the_nearest_working_day(SchoolRegion region, int year, int month, string expected)
    {
        Assert.Equal(Dates.Parse(expected), ConvenantCalendar.ReviewDate(year, month, new SchoolCalendar(region)));
    }

    [Fact]
    public void Expiry_alerts_fall_90_and_30_days_before_on_working_days()
    {
        // 2 May 2027 is a Sunday in the midden meivakantie (24 Apr - 2 May); 1 Jul 2027 is a Thursday.
        var alerts = ConvenantCalendar.ExpiryAlerts(Dates.Parse("2027-07-31"), new SchoolCalendar(SchoolRegion.Midden));

        Assert.Equal([Dates.Parse("2027-04-23"), Dates.Parse("2027-07-01")], alerts);
    }

    [Fact]
    public void Invalid_month_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ConvenantCalendar.ReviewDate(2027, 13, new SchoolCalendar(null)));
    }
}
