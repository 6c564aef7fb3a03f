namespace Workflows.Host.Dashboard.Overview;

/// <summary>
/// Why an invited occurrence would be cancelled if the deadline were now, from the cycle's own quorum verdict:
/// the required kinds nobody of has accepted, and the acceptances against the minimum.
/// </summary>
/// <param name="Urgent">The RSVP deadline is at most two days away.</param>
/// <param name="Explanation">The partner rule's own Dutch sentences (what is missing); null: from the kinds and counts.</param>
/// <param name="MissingRules">The selectors of <c>quorum.require</c> nobody accepted from (the English page names them; the Dutch one has the rule's own explanation).</param>
internal sealed record QuorumRisk(IReadOnlyList<string> MissingKinds, int Accepted, int? MinAccepted, bool Urgent, DateTimeOffset Deadline, string? Explanation = null, IReadOnlyList<string>? MissingRules = null)
{
    public bool TooFew => MinAccepted is { } min && Accepted < min;
}
