using Workflows.Messaging;
using Workflows.Partnerships.Rules;

namespace Workflows.Orchestrations.Meetings;

/// <summary>The answers at the deadline, judged by the domain rules (Quorum, Turnout) of Workflows.Partnerships.</summary>
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
        var quorum = Quorum.Evaluate(invited, [.. series.RequireKinds], series.MinAccepted);
        var turnout = Turnout.Evaluate(invited, series.LowTurnout);
        var organizations = series.Members.ToDictionary(m => m.Id, m => m.OrganizationName, StringComparer.Ordinal);
        return new RsvpVerdict(
            quorum.Met,
            quorum.Explanation,
            turnout.Invited,
            turnout.Accepted,
            turnout.IsLow,
            [.. turnout.Decliners.Select(d => new DeclinerNote(d.PersonName, organizations.GetValueOrDefault(d.PersonId, d.OrganizationId), d.Comment))],
            [.. turnout.NoResponse.Select(n => n.PersonName)],
            quorum.MissingKinds);
    }

    private static Rsvp ToRsvp(ResponseStatus status) => status switch
    {
        ResponseStatus.Accepted => Rsvp.Accepted,
        ResponseStatus.TentativelyAccepted => Rsvp.Tentative,
        ResponseStatus.Declined => Rsvp.Declined,
        _ => Rsvp.None,
    };
}
