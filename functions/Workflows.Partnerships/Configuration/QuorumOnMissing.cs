namespace Workflows.Partnerships.Configuration;

/// <summary>
/// What happens at the RSVP deadline when the partner rule is not met and no coordinator decided
/// (<c>quorum.onMissing</c>).
/// </summary>
public enum QuorumOnMissing
{
    /// <summary>The meeting goes ahead and the coordinators are told (the default: people decide, not the rule).</summary>
    Ask,

    /// <summary>The meeting goes ahead.</summary>
    Hold,

    /// <summary>The meeting is cancelled.</summary>
    Cancel,
}
