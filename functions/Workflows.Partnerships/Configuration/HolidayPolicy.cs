namespace Workflows.Partnerships.Configuration;

/// <summary>What a meeting series does with an occurrence on a closed day (<c>skip</c>, <c>next-week</c>, <c>ignore</c>).</summary>
public enum HolidayPolicy
{
    Skip,
    NextWeek,
    Ignore,
}
