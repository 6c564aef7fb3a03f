namespace Workflows.Partnerships.Rules;

/// <summary>The partner rule judged against the answers so far.</summary>
/// <param name="Explanation">Dutch sentences saying what is missing (or, when met, how many signed up).</param>
/// <param name="Missing">Labels of the requirements without an acceptance, in the file's order.</param>
/// <param name="Tentative">Names of people who answered "onder voorbehoud" for a requirement that is not met.</param>
public sealed record QuorumJudgement(QuorumState State, string Explanation, IReadOnlyList<string> Missing, IReadOnlyList<string> Tentative, int Accepted)
{
    public bool Met => State == QuorumState.Met;
}
