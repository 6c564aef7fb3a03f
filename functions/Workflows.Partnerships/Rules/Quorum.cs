using System.Globalization;

namespace Workflows.Partnerships.Rules;

/// <summary>
/// Decides whether a meeting goes ahead. Profijt's rule: if one side (say the mbo's) is missing,
/// the meeting is not useful. Only an acceptance counts; tentative is not a promise to come.
/// </summary>
public static class Quorum
{
    /// <param name="invited">Every invitee with their answer; a person listed twice counts once.</param>
    /// <param name="requireKinds">Organisation kinds of which at least one person must have accepted (compared case-insensitively).</param>
    /// <param name="minAccepted">The least number of acceptances, or <see langword="null"/> for no minimum.</param>
    /// <remarks>Without required kinds and without a minimum the quorum is always met, even with no acceptances.</remarks>
    public static QuorumResult Evaluate(IReadOnlyList<Attendance> invited, IReadOnlyCollection<string> requireKinds, int? minAccepted)
    {
        ArgumentNullException.ThrowIfNull(requireKinds);
        if (minAccepted < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(minAccepted), minAccepted, "A minimum number of acceptances cannot be negative.");
        }

        var accepted = Invitees.Distinct(invited).Where(a => a.Response == Rsvp.Accepted).ToArray();
        var missing = requireKinds
            .Where(kind => !string.IsNullOrWhiteSpace(kind))
            .Select(kind => kind.Trim())
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Where(kind => !accepted.Any(a => string.Equals(a.OrganizationKind, kind, StringComparison.OrdinalIgnoreCase)))
            .ToArray();
        var tooFew = accepted.Length < minAccepted;
        var met = missing.Length == 0 && !tooFew;

        var reasons = new List<string>();
        if (missing.Length > 0)
        {
            reasons.Add($"Geen enkele {JoinKinds(missing)}-deelnemer heeft geaccepteerd");
        }

        if (tooFew)
        {
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"{accepted.Length} van minimaal {minAccepted} aanmeldingen"));
        }

        var explanation = met
            ? string.Create(
                CultureInfo.InvariantCulture,
                $"Het overleg gaat door: {accepted.Length} {(accepted.Length == 1 ? "aanmelding" : "aanmeldingen")}{(minAccepted is { } min ? $" (minimaal {min})" : string.Empty)}.")
            : $"{string.Join("; ", reasons)}; het overleg gaat niet door.";
        return new QuorumResult(met, explanation, missing, accepted.Length);
    }

    // Dutch elides the shared part of a compound: "mbo- of hbo-deelnemer", "mbo-, hbo- of vso-deelnemer".
    private static string JoinKinds(string[] kinds) =>
        kinds.Length == 1
            ? kinds[0]
            : $"{string.Join("-, ", kinds[..^1])}- of {kinds[^1]}";
}
