namespace Workflows.Partnerships.Rules;

/// <summary>Reduces an invitation list to one entry per person.</summary>
internal static class Invitees
{
    /// <summary>
    /// A person invited twice (through two groups, or re-sent an invitation) counts once, with
    /// their most committal answer: accepted, then tentative, then declined, then none.
    /// </summary>
    public static IReadOnlyList<Attendance> Distinct(IReadOnlyList<Attendance> invited)
    {
        ArgumentNullException.ThrowIfNull(invited);
        return
        [
            .. invited
                .GroupBy(a => a.PersonId, StringComparer.Ordinal)
                .Select(g => g.OrderBy(a => Rank(a.Response)).First()),
        ];
    }

    private static int Rank(Rsvp response) => response switch
    {
        Rsvp.Accepted => 0,
        Rsvp.Tentative => 1,
        Rsvp.Declined => 2,
        _ => 3,
    };
}
