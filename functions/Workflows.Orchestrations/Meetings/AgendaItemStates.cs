namespace Workflows.Orchestrations.Meetings;

/// <summary>Where an agenda item stands; only accepted items go out with the agenda.</summary>
public static class AgendaItemStates
{
    public const string Proposed = "proposed";
    public const string Accepted = "accepted";

    /// <summary>Held over: not on this occurrence's agenda (it can be proposed again for a later one).</summary>
    public const string Held = "held";

    /// <summary>The decisions a coordinator can take: accept, or hold over.</summary>
    public static bool IsDecision(string? state) => state is Accepted or Held;
}
