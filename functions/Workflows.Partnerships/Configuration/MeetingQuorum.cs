namespace Workflows.Partnerships.Configuration;

/// <summary>The <c>quorum</c> of a meeting series: who must be there for the meeting to be useful.</summary>
/// <remarks>
/// <para><c>RequireKinds</c>: Every kind listed needs at least one accepting member from an organization of that kind
/// (the older spelling of <c>Require</c>: <c>requireKinds: [mbo]</c> means <c>require: ["kind:mbo"]</c>).</para>
/// <para><c>MinAccepted</c>: The least number of acceptances; null when only the requirements count.</para>
/// <para><c>Require</c>: Selectors; from each at least one member of the group must accept.</para>
/// <para><c>OnMissing</c>: What happens at the deadline when the rule is not met and no coordinator decided.</para>
/// <para><c>CountCoordinators</c>: Whether the coordinators and the organizer count for a requirement (default: no,
/// they attend nearly every meeting, so an mbo-employed coordinator would make every mbo requirement hold).</para>
/// </remarks>
public sealed record MeetingQuorum(IReadOnlyList<OrganizationKind> RequireKinds, int? MinAccepted)
{
    /// <summary>Most requirements a series may have: a rule names the sides of a partnership, a handful at most.</summary>
    public const int MaxRequirements = 10;

    public static MeetingQuorum None { get; } = new([], null);

    public IReadOnlyList<string> Require { get; init; } = [];

    public QuorumOnMissing OnMissing { get; init; } = QuorumOnMissing.Ask;

    public bool CountCoordinators { get; init; }

    /// <summary>Every requirement as a selector: <see cref="Require"/>, then each of <see cref="RequireKinds"/> as <c>kind:x</c> (duplicates once).</summary>
    public IReadOnlyList<string> Selectors =>
        [.. Require.Concat(RequireKinds.Select(k => "kind:" + ConfigKeywords.ToKeyword(k))).Distinct(StringComparer.OrdinalIgnoreCase)];
}
