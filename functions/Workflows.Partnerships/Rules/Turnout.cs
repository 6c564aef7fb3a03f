namespace Workflows.Partnerships.Rules;

/// <summary>Profijt's habit: when turnout is low, they find out why.</summary>
public static class Turnout
{
    /// <param name="invited">Every invitee with their answer; a person listed twice counts once.</param>
    /// <param name="lowTurnoutFraction">Turnout is low when accepted / invited is below this fraction (0 to 1).</param>
    /// <remarks>An empty invitation list has ratio 0 and is not low: there was nobody to turn out.</remarks>
    public static TurnoutResult Evaluate(IReadOnlyList<Attendance> invited, double lowTurnoutFraction)
    {
        if (double.IsNaN(lowTurnoutFraction) || lowTurnoutFraction < 0 || lowTurnoutFraction > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(lowTurnoutFraction), lowTurnoutFraction, "A turnout fraction lies between 0 and 1.");
        }

        var people = Invitees.Distinct(invited);
        var accepted = people.Count(a => a.Response == Rsvp.Accepted);
        var ratio = people.Count == 0 ? 0 : (double)accepted / people.Count;
        return new TurnoutResult(
            people.Count,
            accepted,
            ratio,
            people.Count > 0 && ratio < lowTurnoutFraction,
            [.. people.Where(a => a.Response == Rsvp.Declined)],
            [.. people.Where(a => a.Response == Rsvp.None)]);
    }
}
