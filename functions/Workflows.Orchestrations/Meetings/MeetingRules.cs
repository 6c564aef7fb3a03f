using Workflows.Messaging;
using Workflows.Partnerships.Rules;
using Workflows.Partnerships.Selectors;

namespace Workflows.Orchestrations.Meetings;

/// <summary>The answers judged by the domain rules (Quorum, Turnout) of Workflows.Partnerships.</summary>
internal static class MeetingRules
{
    public static RsvpVerdict Judge(SeriesSnapshot series, IReadOnlyList<AttendeeResponse> answers)
    {
        var invited = series.Members
            .Select(m =>
            {
                var answer = MeetingActivities.Answer(answers, m);
                return new Attendance(m.Id, m.Name, m.OrganizationId, m.OrganizationKind, ToRsvp(answer.Response), answer.Comment);
            })
            .ToList();
        var quorum = Quorum.Judge(invited, Requirements(series), series.MinAccepted);
        var turnout = Turnout.Evaluate(invited, series.LowTurnout);
        var organizations = series.Members.ToDictionary(m => m.Id, m => m.OrganizationName, StringComparer.Ordinal);
        var missingKinds = series.RequireKinds
            .Where(k => !invited.Any(a => a.Response == Rsvp.Accepted && string.Equals(a.OrganizationKind, k, StringComparison.OrdinalIgnoreCase) && Counts(series, a.PersonId)))
            .ToList();
        return new RsvpVerdict(
            quorum.Met,
            quorum.Explanation,
            turnout.Invited,
            turnout.Accepted,
            turnout.IsLow,
            [.. turnout.Decliners.Select(d => new DeclinerNote(d.PersonName, organizations.GetValueOrDefault(d.PersonId, d.OrganizationId), d.Comment))],
            [.. turnout.NoResponse.Select(n => n.PersonName)],
            missingKinds,
            quorum.State switch
            {
                QuorumState.Met => RsvpVerdict.Met,
                QuorumState.NotYet => RsvpVerdict.NotYet,
                _ => RsvpVerdict.NotMet,
            },
            quorum.Missing,
            quorum.Tentative,
            [.. series.Members.Zip(invited, Note).DistinctBy(n => n.Id, StringComparer.Ordinal)]);
    }

    /// <summary>
    /// The series' requirements; a snapshot from an older history has only <c>RequireKinds</c>, which counted every
    /// member of the kind (coordinators too, as it did then).
    /// </summary>
    private static IReadOnlyList<QuorumRequirement> Requirements(SeriesSnapshot series) =>
        series.Require is { } require
            ? [.. require.Select(r => new QuorumRequirement(r.Selector, r.Label, r.MemberIds))]
            : [.. series.RequireKinds.Select(kind => new QuorumRequirement(
                "kind:" + kind,
                SelectorLabels.ForKind(kind),
                [.. series.Members.Where(m => string.Equals(m.OrganizationKind, kind, StringComparison.OrdinalIgnoreCase)).Select(m => m.Id)]))];

    // Whether a member counts for the partner rule: one of some requirement's members (older snapshots: everyone).
    private static bool Counts(SeriesSnapshot series, string memberId) =>
        series.Require is not { } require || require.Any(r => r.MemberIds.Contains(memberId, StringComparer.Ordinal));

    private static MemberAnswer Note(MemberSnapshot m, Attendance a) => new(
        m.Id,
        m.Name,
        m.OrganizationName,
        a.Response switch
        {
            Rsvp.Accepted => "accepted",
            Rsvp.Tentative => "tentative",
            Rsvp.Declined => "declined",
            _ => "none",
        },
        string.IsNullOrWhiteSpace(a.Comment) ? null : a.Comment.Trim());

    private static Rsvp ToRsvp(ResponseStatus status) => status switch
    {
        ResponseStatus.Accepted => Rsvp.Accepted,
        ResponseStatus.TentativelyAccepted => Rsvp.Tentative,
        ResponseStatus.Declined => Rsvp.Declined,
        _ => Rsvp.None,
    };
}
