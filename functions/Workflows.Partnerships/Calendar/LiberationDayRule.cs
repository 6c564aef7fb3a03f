namespace Workflows.Partnerships.Calendar;

/// <summary>When schools are closed on Bevrijdingsdag (5 May).</summary>
/// <remarks>
/// The collective agreements give the day off only in lustrum years (2025, 2030, …); in other years most
/// schools are open, so closing it every year would move meetings and deadlines for nothing.
/// </remarks>
public enum LiberationDayRule
{
    /// <summary>Closed when the year is a multiple of five.</summary>
    Lustrum,

    /// <summary>Closed every year.</summary>
    Always,

    /// <summary>Never closed.</summary>
    Never,
}
