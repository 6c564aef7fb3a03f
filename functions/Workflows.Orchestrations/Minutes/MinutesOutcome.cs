namespace Workflows.Orchestrations.Minutes;

/// <summary>What became of a verslag a coordinator saved.</summary>
public enum MinutesOutcome
{
    Saved,

    /// <summary>The occurrence has not been held (yet): there is nothing to write a verslag of.</summary>
    NotHeld,

    /// <summary>The verslag or its action items do not pass the checks (<see cref="MinutesResult.Errors"/>).</summary>
    Invalid,

    /// <summary>The verslag was approved and sent already: it no longer changes.</summary>
    Approved,

    /// <summary>Someone else saved or approved it at the same moment: nothing was written, try again.</summary>
    Conflict,
}
