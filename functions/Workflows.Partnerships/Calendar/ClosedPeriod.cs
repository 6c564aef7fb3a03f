using NodaTime;

namespace Workflows.Partnerships.Calendar;

/// <summary>A run of days on which schools are closed, <paramref name="First"/> to <paramref name="Last"/> inclusive.</summary>
public sealed record ClosedPeriod(LocalDate First, LocalDate Last, string Name)
{
    public LocalDate Last { get; init; } = Last >= First
        ? Last
        : throw new ArgumentException($"A closed period cannot end ({Last:uuuu-MM-dd}) before it starts ({First:uuuu-MM-dd}).", nameof(Last));

    public string Name { get; init; } = string.IsNullOrWhiteSpace(Name)
        ? throw new ArgumentException("A closed period needs a name; it is shown as the reason a meeting moves.", nameof(Name))
        : Name;

    /// <summary>
    /// The school year (the calendar year it starts in) a period belongs to. School years run
    /// from 1 August, so a summer holiday starting in July closes the year that began the August before.
    /// </summary>
    public int SchoolYear => First.Month >= 8 ? First.Year : First.Year - 1;

    public bool Contains(LocalDate date) => date >= First && date <= Last;
}
