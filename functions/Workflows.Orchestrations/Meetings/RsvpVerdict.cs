namespace Workflows.Orchestrations.Meetings;

/// <summary>The answers at the RSVP deadline judged by the series' rules (Partnerships.Rules.Quorum and Turnout).</summary>
/// <param name="Explanation">Dutch text of the quorum rule: the cancellation reason when the quorum is not met.</param>
/// <param name="MissingKinds">The required organization kinds nobody of has accepted (the dashboard says which; absent in older histories).</param>
public sealed record RsvpVerdict(
    bool QuorumMet,
    string Explanation,
    int Invited,
    int Accepted,
    bool LowTurnout,
    IReadOnlyList<DeclinerNote> Decliners,
    IReadOnlyList<string> NoResponse,
    IReadOnlyList<string>? MissingKinds = null);
