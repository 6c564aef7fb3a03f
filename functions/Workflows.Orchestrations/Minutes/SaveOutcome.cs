namespace Workflows.Orchestrations.Minutes;

/// <summary>What became of saving a draft verslag.</summary>
public enum SaveOutcome
{
    Saved,

    /// <summary>The verslag was approved (and sent) already: it no longer changes.</summary>
    Approved,

    /// <summary>Someone else saved or approved it while this save was made: nothing was written.</summary>
    Conflict,
}
