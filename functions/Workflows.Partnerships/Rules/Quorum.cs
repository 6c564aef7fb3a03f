using System.Globalization;

namespace Workflows.Partnerships.Rules;

/// <summary>
/// Decides whether a meeting goes ahead. Profijt's rule: if one side (say the mbo's) is missing,
/// the meeting is not useful. Only an acceptance counts; tentative is not a promise to come.
/// </summary>
public static class Quorum
{
    /// <summary>
    /// The partner rule as the partnership means it: from each requirement at least one person accepted, and at
    /// least <paramref name="minAccepted"/> acceptances. "Onder voorbehoud" is not yet a yes and not a no: a
    /// requirement with only tentative answers or none is <see cref="QuorumState.NotYet"/>; only when everyone
    /// it selects declined (or it selects nobody) is it <see cref="QuorumState.NotMet"/>.
    /// </summary>
    /// <param name="invited">Every invitee with their answer; a person listed twice counts once. A requirement's person who is not invited counts as no answer.</param>
    public static QuorumJudgement Judge(IReadOnlyList<Attendance> invited, IReadOnlyList<QuorumRequirement> requirements, int? minAccepted)
    {
        ArgumentNullException.ThrowIfNull(requirements);
        if (minAccepted < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(minAccepted), minAccepted, "A minimum number of acceptances cannot be negative.");
        }

        var people = Invitees.Distinct(invited);
        var answers = people.ToDictionary(a => a.PersonId, StringComparer.Ordinal);
        int accepted = people.Count(a => a.Response == Rsvp.Accepted);
        var sentences = new List<string>();
        var missing = new List<string>();
        var tentative = new List<string>();
        var state = QuorumState.Met;
        foreach (var requirement in requirements)
        {
            var theirs = requirement.PersonIds.Distinct(StringComparer.Ordinal)
                .Select(id => answers.GetValueOrDefault(id) ?? new Attendance(id, id, string.Empty, string.Empty, Rsvp.None, null))
                .ToList();
            if (theirs.Any(a => a.Response == Rsvp.Accepted))
            {
                continue;
            }

            missing.Add(requirement.Label);
            if (theirs.All(a => a.Response == Rsvp.Declined))
            {
                state = QuorumState.NotMet;
                sentences.Add(CannotCome(requirement.Label));
                continue;
            }

            state = Worse(state, QuorumState.NotYet);
            sentences.Add(NotYetSignedUp(requirement.Label));
            var maybe = theirs.Where(a => a.Response == Rsvp.Tentative).Select(a => a.PersonName).ToList();
            if (maybe.Count > 0)
            {
                tentative.AddRange(maybe.Where(n => !tentative.Contains(n, StringComparer.Ordinal)));
                sentences.Add($"{JoinAnd(maybe)} {(maybe.Count == 1 ? "heeft" : "hebben")} zich onder voorbehoud aangemeld.");
            }
        }

        if (accepted < minAccepted && minAccepted is { } min)
        {
            int possible = people.Count(a => a.Response != Rsvp.Declined);
            if (possible < min)
            {
                state = QuorumState.NotMet;
                sentences.Add(possible switch
                {
                    0 => string.Create(CultureInfo.InvariantCulture, $"Er kan deze keer niemand komen; er zijn er minstens {min} nodig."),
                    1 => string.Create(CultureInfo.InvariantCulture, $"Er kan deze keer hooguit 1 persoon komen; er zijn er minstens {min} nodig."),
                    _ => string.Create(CultureInfo.InvariantCulture, $"Er kunnen deze keer hooguit {possible} mensen komen; er zijn er minstens {min} nodig."),
                });
            }
            else
            {
                state = Worse(state, QuorumState.NotYet);
                sentences.Add(accepted == 0
                    ? string.Create(CultureInfo.InvariantCulture, $"Er heeft zich nog niemand aangemeld; er zijn er minstens {min} nodig.")
                    : string.Create(CultureInfo.InvariantCulture, $"Er {(accepted == 1 ? "heeft" : "hebben")} zich nog maar {accepted} {(accepted == 1 ? "persoon" : "mensen")} aangemeld; er zijn er minstens {min} nodig."));
            }
        }

        if (state == QuorumState.Met)
        {
            sentences.Add(accepted == 0
                ? "Er heeft zich niemand aangemeld."
                : string.Create(CultureInfo.InvariantCulture, $"Er {(accepted == 1 ? "heeft" : "hebben")} zich {accepted} van de {people.Count} genodigden aangemeld."));
        }

        return new QuorumJudgement(state, string.Join(" ", sentences), missing, tentative, accepted);
    }

    private static QuorumState Worse(QuorumState a, QuorumState b) => (QuorumState)Math.Max((int)a, (int)b);

    // Labels are "een X", "iemand X" or a name (SelectorLabels): "geen X" / "niemand X" / "Naam … niet".
    private static string NotYetSignedUp(string label) => Negated(label) is { } none
        ? $"Er heeft zich nog {none} aangemeld."
        : $"{label} heeft zich nog niet aangemeld.";

    private static string CannotCome(string label) => Negated(label) is { } none
        ? $"Deze keer kan {none} aanwezig zijn."
        : $"Deze keer kan {label} niet aanwezig zijn.";

    private static string? Negated(string label) =>
        label.StartsWith("een ", StringComparison.Ordinal) ? "geen " + label[4..]
        : label.StartsWith("iemand", StringComparison.Ordinal) ? "n" + label
        : null;

    private static string JoinAnd(List<string> names) =>
        names.Count == 1 ? names[0] : $"{string.Join(", ", names.Take(names.Count - 1))} en {names[^1]}";
}
