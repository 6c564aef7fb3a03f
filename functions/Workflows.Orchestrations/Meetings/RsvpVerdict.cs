namespace Workflows.Orchestrations.Meetings;

/// <summary>The answers at the RSVP deadline judged by the series' rules (Partnerships.Rules.Quorum and Turnout).</summary>
/// <remarks>Parameters after <see cref="MissingKinds"/> are absent in older histories (null).</remarks>
/// <param name="Explanation">Dutch text of the partner rule: what is missing, or how many signed up when it is met.</param>
/// <param name="MissingKinds">The required organization kinds nobody of has accepted (the dashboard says which; absent in older histories).</param>
/// <param name="State">"met", "not-yet" (a requirement has only tentative answers or none) or "not-met" (it cannot be met any more).</param>
/// <param name="Missing">The Dutch labels of the requirements nobody accepted ("een mbo-sectordirecteur").</param>
/// <param name="Tentative">Who answered "onder voorbehoud" for a requirement that is not met.</param>
/// <param name="Answers">Every member's answer with organization and comment, in the order of the members.</param>
public sealed record RsvpVerdict(
    bool QuorumMet,
    string Explanation,
    int Invited,
    int Accepted,
    bool LowTurnout,
    IReadOnlyList<DeclinerNote> Decliners,
    IReadOnlyList<string> NoResponse,
    IReadOnlyList<string>? MissingKinds = null,
    string? State = null,
    IReadOnlyList<string>? Missing = null,
    IReadOnlyList<string>? Tentative = null,
    IReadOnlyList<MemberAnswer>? Answers = null)
{
    public const string Met = "met";
    public const string NotYet = "not-yet";
    public const string NotMet = "not-met";
}
