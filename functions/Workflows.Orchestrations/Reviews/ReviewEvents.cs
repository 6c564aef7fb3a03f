namespace Workflows.Orchestrations.Reviews;

/// <summary>Names of the external events a bestuur-talk orchestration listens to, and of the timeline kinds it records.</summary>
public static class ReviewEvents
{
    /// <summary>Payload <see cref="ReviewOutcome"/> (from <c>POST /api/convenants/{id}/review-outcome</c>).</summary>
    public const string Outcome = "review-outcome";

    /// <summary>Payload <see cref="ConvenantChangedEvent"/>: the new snapshot, or none when the convenant left the file.</summary>
    public const string ConfigChanged = "config-changed";

    public const string Workflow = "bestuur-review";

    public const string Invited = "review.invited";
    public const string Reminded = "review.reminded";
    public const string Declined = "review.declined";
    public const string Rescheduled = "review.rescheduled";
    public const string Held = "review.held";

    /// <summary>Two weeks after a talk no outcome is recorded: the coordinators are asked for it (once).</summary>
    public const string OutcomeMissing = "review.outcome-missing";
    public const string Expiring = "convenant.expiring";
}
