using NodaTime;

namespace Workflows.Host.Dashboard;

/// <summary>A school year, 1 August to 31 July, named by the year it starts in (2026 is 2026–2027).</summary>
internal readonly record struct SchoolYear(int StartYear)
{
    /// <summary>The years a coordinator may ask for: anything else is a typo, not a school year.</summary>
    public const int Earliest = 2000;
    public const int Latest = 2100;

    public LocalDate First => new(StartYear, 8, 1);

    public LocalDate Last => new(StartYear + 1, 7, 31);

    /// <summary>"2026–2027".</summary>
    public string Label => $"{StartYear}\u2013{StartYear + 1}";

    public static SchoolYear Containing(LocalDate date) => new(date.Month >= 8 ? date.Year : date.Year - 1);

    /// <summary>The school year a query's <c>year</c> names by its start year (at most four digits, 2000–2100).</summary>
    public static bool TryParse(string? text, out SchoolYear year)
    {
        year = default;
        if (text is not { Length: > 0 and <= 4 }
            || !int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int start)
            || start is < Earliest or > Latest)
        {
            return false;
        }

        year = new SchoolYear(start);
        return true;
    }
}
