namespace Workflows.Orchestrations.Meetings;

/// <summary>The decisions of <see cref="OccurrenceDecisionRequest"/> (config keywords of <c>quorum.onMissing</c>'s hold and cancel).</summary>
public static class OccurrenceDecisions
{
    /// <summary>The occurrence goes ahead.</summary>
    public const string Hold = "hold";

    /// <summary>The occurrence is cancelled.</summary>
    public const string Cancel = "cancel";

    public static bool IsKnown(string? decision) => decision is Hold or Cancel;
}
