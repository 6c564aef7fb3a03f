using Workflows.Partnerships.Configuration;
using Workflows.Partnerships.Selectors;

namespace Workflows.Partnerships.Rules;

/// <summary>Resolves a series' <c>quorum.require</c> (and the older <c>requireKinds</c>) to the members who count for each.</summary>
public static class QuorumRequirements
{
    /// <param name="members">The series' members (its group, resolved).</param>
    /// <remarks>
    /// Coordinators and the organizer's mailbox never count unless <c>quorum.countCoordinators</c> says so: they attend
    /// nearly every meeting, so a coordinator employed by an mbo would make "no meeting without the mbo" always hold.
    /// </remarks>
    public static IReadOnlyList<QuorumRequirement> Resolve(PartnershipConfig config, Meeting meeting, IReadOnlyList<Person> members)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(members);
        var counted = meeting.Quorum.CountCoordinators
            ? members
            : [.. members.Where(p => !config.Partnership.Coordinators.Contains(p.Id, StringComparer.Ordinal)
                && !string.Equals(p.Email, config.Partnership.Organizer, StringComparison.OrdinalIgnoreCase))];
        var result = new List<QuorumRequirement>();
        foreach (var selector in meeting.Quorum.Selectors)
        {
            var chosen = SelectorResolver.Resolve(config, [selector]).Select(s => s.Person.Id).ToHashSet(StringComparer.Ordinal);
            result.Add(new QuorumRequirement(
                selector,
                SelectorLabels.Dutch(config, selector),
                [.. counted.Where(p => chosen.Contains(p.Id)).Select(p => p.Id)]));
        }

        return result;
    }
}
