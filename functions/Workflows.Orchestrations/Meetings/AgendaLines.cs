using NodaTime;
using NodaTime.Text;
using Workflows.Messaging.Templates;
using Workflows.Orchestrations.Subsidies;

namespace Workflows.Orchestrations.Meetings;

/// <summary>
/// The agenda that goes out with an occurrence: the series' fixed items, the items the platform fills in itself
/// ("Nieuws binnen {partnership}", "Lopende subsidierondes" with the running rounds and their deadlines,
/// "Actiepunten vorig overleg" with the open action items), then the accepted items in the coordinators' order (as proposed until reordered), and
/// the closing items ("Rondvraag", "Sluiting") last.
/// </summary>
/// <remarks>
/// A fixed item with the name of a platform item is that item, filled in where the coordinators put it (the
/// Profijt agendas carry "Nieuws binnen Profijt" and "Lopende subsidierondes" as fixed items). A platform item with
/// nothing to fill in is left out (no rounds running, no open action items) unless it is a fixed item.
/// </remarks>
internal static class AgendaLines
{
    private static readonly string[] ClosingDutch = ["rondvraag", "sluiting", "w.v.t.t.k."];
    private static readonly string[] ClosingEnglish = ["any other business", "aob", "closing", "close"];

    public static IReadOnlyList<string> Compose(
        SeriesSnapshot s, IReadOnlyList<AgendaItem> accepted, IReadOnlyList<RunningSubsidyRound> rounds, IReadOnlyList<string> actionItems)
    {
        ArgumentNullException.ThrowIfNull(s);
        var language = s.IsEnglish ? MessageLanguage.English : MessageLanguage.Dutch;
        string news = NewsTitle(s);
        string roundsTitle = s.IsEnglish ? "Running subsidy rounds" : "Lopende subsidierondes";
        string actionsTitle = s.IsEnglish ? "Action items from the previous meeting" : "Actiepunten vorig overleg";
        string? roundsLine = rounds.Count == 0 ? null : $"{roundsTitle}: {string.Join("; ", rounds.Select(r => Round(r, language)))}";
        string? actionsLine = actionItems.Count == 0 ? null : $"{actionsTitle}: {string.Join("; ", actionItems)}";

        var fixedItems = s.FixedAgendaItems.Where(i => !string.IsNullOrWhiteSpace(i)).ToList();
        var closing = fixedItems.AsEnumerable().Reverse().TakeWhile(Closing).Reverse().ToList();
        var opening = fixedItems.Take(fixedItems.Count - closing.Count);

        var lines = new List<string>();
        bool hasNews = false, hasRounds = false, hasActions = false;
        foreach (string item in opening)
        {
            if (Same(item, news))
            {
                hasNews = true;
                lines.Add(item);
            }
            else if (Same(item, roundsTitle))
            {
                hasRounds = true;
                lines.Add(roundsLine ?? item);
            }
            else if (Same(item, actionsTitle))
            {
                hasActions = true;
                lines.Add(actionsLine ?? item);
            }
            else
            {
                lines.Add(item);
            }
        }

        if (!hasActions && actionsLine is not null)
        {
            lines.Add(actionsLine);
        }

        if (!hasNews)
        {
            lines.Add(news);
        }

        if (!hasRounds && roundsLine is not null)
        {
            lines.Add(roundsLine);
        }

        lines.AddRange(accepted.Select(i => Item(i)));
        lines.AddRange(closing);
        return lines;
    }

    /// <summary>
    /// The agenda of occurrence <paramref name="o"/> as it stands now: the accepted items, the running rounds and the
    /// open action items read from the stores, composed. The invitation step and the dashboard's agenda page both use
    /// it, so the page shows what the invitation would carry.
    /// </summary>
    public static async Task<IReadOnlyList<string>> ReadAsync(MeetingServices services, SeriesSnapshot s, PlannedOccurrence o, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(o);
        var accepted = await services.Agenda.ReadAcceptedAsync(s.PartnershipId, s.SeriesId, o.Date, cancellationToken);
        var rounds = await services.SubsidyRounds.ReadRunningAsync(s.PartnershipId, cancellationToken);
        return Compose(s, accepted, rounds, await services.OpenActionItemsAsync(s, o, cancellationToken));
    }

    /// <summary>"Nieuws binnen Profijt": open for everyone's news (contract text).</summary>
    public static string NewsTitle(SeriesSnapshot s) => s.IsEnglish ? $"News from {s.PartnershipName}" : $"Nieuws binnen {s.PartnershipName}";

    /// <summary>"Doorstroom techniek (Carla Stortelder): toelichting" on one line.</summary>
    private static string Item(AgendaItem i)
    {
        string line = i.WhoName is { Length: > 0 } name ? $"{i.Title} ({name})" : i.Title;
        return i.Explanation is { } e && !string.IsNullOrWhiteSpace(e)
            ? $"{line}: {string.Join(' ', e.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))}"
            : line;
    }

    /// <summary>"‘Techniek Achterhoek 2027’ van de provincie Gelderland, aanvragen uiterlijk vrijdag 18 december 2026 om 12.00 uur".</summary>
    private static string Round(RunningSubsidyRound r, MessageLanguage language)
    {
        bool english = language == MessageLanguage.English;
        string scheme = english ? $"‘{r.Title}’ by {SubsidyWording.Funder(r.Funder, language)}" : $"‘{r.Title}’ van {SubsidyWording.Funder(r.Funder, language)}";
        if (LocalDatePattern.Iso.Parse(r.Deadline) is not { Success: true } date)
        {
            return scheme;
        }

        string by = MessageFormat.Date(date.Value, language);
        string at = r.DeadlineTime is { } t && LocalTimePattern.CreateWithInvariantCulture("HH:mm").Parse(t) is { Success: true } time
            ? english ? $" at {MessageFormat.Clock(time.Value, language)}" : $" om {MessageFormat.Clock(time.Value, language)} uur"
            : string.Empty;
        return english ? $"{scheme}, deadline {by}{at}" : $"{scheme}, aanvragen uiterlijk {by}{at}";
    }

    private static bool Closing(string item)
    {
        string t = item.Trim().TrimEnd('.').ToLowerInvariant();
        return ClosingDutch.Any(c => t == c.TrimEnd('.')) || ClosingEnglish.Contains(t);
    }

    private static bool Same(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
