namespace Workflows.Partnerships.Scheduling;

/// <summary>What a meeting series does with a date on which schools are closed.</summary>
public enum HolidayPolicy
{
    /// <summary>The meeting does not take place that time.</summary>
    Skip,

    /// <summary>The meeting moves a week later (repeatedly) if that stays clear of the next meeting.</summary>
    NextWeek,

    /// <summary>The meeting takes place anyway.</summary>
    Ignore,

    /// <summary>
    /// The meeting moves a week earlier (repeatedly) if that stays after the previous series date: the last
    /// meeting before the summer holiday is then held in the last week of school instead of dropped.
    /// </summary>
    PreviousWeek,
}
