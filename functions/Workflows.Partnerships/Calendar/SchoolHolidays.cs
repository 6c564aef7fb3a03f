using System.Collections.Frozen;
using NodaTime;
using NodaTime.Text;

namespace Workflows.Partnerships.Calendar;

/// <summary>
/// The built-in copy of the Rijksoverheid school holidays (the machines that run this cannot reach
/// opendata.rijksoverheid.nl). Each period runs from a Saturday to a Sunday, inclusive.
/// Autumn and spring weeks are advice; <see cref="SchoolCalendar"/> lets configuration replace them.
/// </summary>
public static class SchoolHolidays
{
    public const string Herfst = "herfstvakantie";
    public const string Kerst = "kerstvakantie";
    public const string Voorjaar = "voorjaarsvakantie";
    public const string Mei = "meivakantie";
    public const string Zomer = "zomervakantie";

    // Kept as ISO text in the shape of the DOMAIN.md table so a reviewer can compare row by row.
    private static readonly (string SchoolYear, SchoolRegion Region, string Herfst, string Kerst, string Voorjaar, string Mei, string Zomer)[] Table =
    [
        ("2025-26", SchoolRegion.Noord, "2025-10-18/2025-10-26", "2025-12-20/2026-01-04", "2026-02-21/2026-03-01", "2026-04-25/2026-05-03", "2026-07-04/2026-08-16"),
        ("2025-26", SchoolRegion.Midden, "2025-10-18/2025-10-26", "2025-12-20/2026-01-04", "2026-02-14/2026-02-22", "2026-04-25/2026-05-03", "2026-07-18/2026-08-30"),
        ("2025-26", SchoolRegion.Zuid, "2025-10-11/2025-10-19", "2025-12-20/2026-01-04", "2026-02-14/2026-02-22", "2026-04-25/2026-05-03", "2026-07-11/2026-08-23"),
        ("2026-27", SchoolRegion.Noord, "2026-10-10/2026-10-18", "2026-12-19/2027-01-03", "2027-02-20/2027-02-28", "2027-04-24/2027-05-02", "2027-07-10/2027-08-22"),
        ("2026-27", SchoolRegion.Midden, "2026-10-17/2026-10-25", "2026-12-19/2027-01-03", "2027-02-20/2027-02-28", "2027-04-24/2027-05-02", "2027-07-17/2027-08-29"),
        ("2026-27", SchoolRegion.Zuid, "2026-10-17/2026-10-25", "2026-12-19/2027-01-03", "2027-02-13/2027-02-21", "2027-04-24/2027-05-02", "2027-07-24/2027-09-05"),
        ("2027-28", SchoolRegion.Noord, "2027-10-16/2027-10-24", "2027-12-25/2028-01-09", "2028-02-19/2028-02-27", "2028-04-29/2028-05-07", "2028-07-15/2028-08-27"),
        ("2027-28", SchoolRegion.Midden, "2027-10-16/2027-10-24", "2027-12-25/2028-01-09", "2028-02-26/2028-03-05", "2028-04-29/2028-05-07", "2028-07-08/2028-08-20"),
        ("2027-28", SchoolRegion.Zuid, "2027-10-23/2027-10-31", "2027-12-25/2028-01-09", "2028-02-26/2028-03-05", "2028-04-29/2028-05-07", "2028-07-22/2028-09-03"),
        ("2028-29", SchoolRegion.Noord, "2028-10-14/2028-10-22", "2028-12-23/2029-01-07", "2029-02-17/2029-02-25", "2029-04-28/2029-05-06", "2029-07-21/2029-09-02"),
        ("2028-29", SchoolRegion.Midden, "2028-10-21/2028-10-29", "2028-12-23/2029-01-07", "2029-02-17/2029-02-25", "2029-04-28/2029-05-06", "2029-07-07/2029-08-19"),
        ("2028-29", SchoolRegion.Zuid, "2028-10-21/2028-10-29", "2028-12-23/2029-01-07", "2029-02-10/2029-02-18", "2029-04-28/2029-05-06", "2029-07-14/2029-08-26"),
    ];

    private static readonly FrozenDictionary<SchoolRegion, IReadOnlyList<ClosedPeriod>> ByRegion = Build();

    /// <summary>School years (the year they start in) the built-in table covers.</summary>
    public static int FirstSchoolYear => 2025;

    public static int LastSchoolYear => 2028;

    /// <summary>All built-in holidays of a region, in date order.</summary>
    public static IReadOnlyList<ClosedPeriod> For(SchoolRegion region) =>
        ByRegion.TryGetValue(region, out var periods)
            ? periods
            : throw new ArgumentOutOfRangeException(nameof(region), region, "Unknown school region.");

    private static FrozenDictionary<SchoolRegion, IReadOnlyList<ClosedPeriod>> Build() =>
        Table
            .GroupBy(row => row.Region)
            .ToFrozenDictionary(
                group => group.Key,
                group => (IReadOnlyList<ClosedPeriod>)group
                    .SelectMany(row => new[]
                    {
                        Parse(row.Herfst, Herfst),
                        Parse(row.Kerst, Kerst),
                        Parse(row.Voorjaar, Voorjaar),
                        Parse(row.Mei, Mei),
                        Parse(row.Zomer, Zomer),
                    })
                    .OrderBy(period => period.First)
                    .ToArray());

    private static ClosedPeriod Parse(string range, string name)
    {
        var slash = range.IndexOf('/', StringComparison.Ordinal);
        return new ClosedPeriod(
            LocalDatePattern.Iso.Parse(range[..slash]).Value,
            LocalDatePattern.Iso.Parse(range[(slash + 1)..]).Value,
            name);
    }
}
