namespace Workflows.Partnerships.Configuration;

/// <summary>The <c>quorum</c> of a meeting series: the meeting is cancelled unless it is met.</summary>
/// <remarks>
/// <para><c>RequireKinds</c>: Every kind listed needs at least one accepting member from an organization of that kind.</para>
/// <para><c>MinAccepted</c>: The least number of acceptances; null when only the kinds count.</para>
/// </remarks>
public sealed record MeetingQuorum(IReadOnlyList<OrganizationKind> RequireKinds, int? MinAccepted)
{
    public static MeetingQuorum None { get; } = new([], null);
}
