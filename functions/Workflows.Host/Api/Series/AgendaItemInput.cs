using NodaTime;
using Workflows.Orchestrations.Meetings;
using Workflows.Partnerships.Configuration;
using Workflows.Partnerships.Limits;

namespace Workflows.Host.Api.Series;

/// <summary>
/// The checks on a proposed agenda item and on a coordinator's decision about one, for the API (and the responses
/// file's title limit). Every mistake is added to <c>errors</c>, in Dutch, so all can be fixed at once.
/// </summary>
internal static class AgendaItemInput
{
    /// <summary>One line on the agenda.</summary>
    public const int MaxTitleLength = 120;

    /// <summary>A short explanation, not a document (those are attachments).</summary>
    public const int MaxExplanationLength = 1000;

    /// <summary>The decisions the API takes: "accept" or "hold" (over), as the store's states.</summary>
    public static string? Decision(string? decision, List<string> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        switch (decision)
        {
            case null:
                errors.Add("decision ontbreekt: \"accept\" (op de agenda) of \"hold\" (aanhouden).");
                return null;
            case "accept":
                return AgendaItemStates.Accepted;
            case "hold":
                return AgendaItemStates.Held;
            default:
                errors.Add(TextLimits.Fits(decision, 20)
                    ? $"decision '{decision}' is onbekend: gebruik \"accept\" (op de agenda) of \"hold\" (aanhouden)."
                    : "decision is onbekend: gebruik \"accept\" (op de agenda) of \"hold\" (aanhouden).");
                return null;
        }
    }

    /// <summary>The highest position the API takes (1 first); a higher one than there are items means last.</summary>
    public const int MaxPosition = 1000;

    /// <param name="name">The field as the reader knows it: "title" in the API, "Titel" on the dashboard.</param>
    /// <param name="english">English messages, for an English dashboard.</param>
    public static string? Title(string? title, List<string> errors, string name = "title", bool english = false)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(title))
        {
            errors.Add(english ? $"{name} is missing: the title of the agenda item." : $"{name} ontbreekt: de titel van het agendapunt.");
            return null;
        }

        if (TextLimits.Check(title, name, MaxTitleLength, english: english) is { } error)
        {
            errors.Add(error);
            return null;
        }

        return title.Trim();
    }

    public static string? Explanation(string? explanation, List<string> errors, string name = "explanation", bool english = false)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (explanation is null)
        {
            return null;
        }

        if (TextLimits.Check(explanation, name, MaxExplanationLength, multiline: true, english) is { } error)
        {
            errors.Add(error);
            return null;
        }

        return explanation;
    }

    /// <summary>
    /// An item's new place in the API's PATCH: a whole number from 1 (first) to <see cref="MaxPosition"/>; null when
    /// absent. Returned 0-based, as the store takes it.
    /// </summary>
    public static int? Position(System.Text.Json.JsonElement? body, List<string> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (body is not { } element || !element.TryGetProperty("position", out var value) || value.ValueKind == System.Text.Json.JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == System.Text.Json.JsonValueKind.Number && value.TryGetInt32(out int position) && position is >= 1 and <= MaxPosition)
        {
            return position - 1;
        }

        errors.Add($"position moet een geheel getal van 1 tot en met {MaxPosition} zijn: de plaats van het punt in de lijst (1 is bovenaan).");
        return null;
    }

    /// <summary>Who brings it in: a person id of the configuration.</summary>
    public static Person? Who(string? who, PartnershipConfig config, List<string> errors)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(who))
        {
            errors.Add("who ontbreekt: het id van wie het punt inbrengt.");
            return null;
        }

        if (config.FindPerson(who) is { } person)
        {
            return person;
        }

        errors.Add(TextLimits.Fits(who, TextLimits.Id)
            ? $"who '{who}' is geen persoon uit de configuratie."
            : "who is geen persoon uit de configuratie.");
        return null;
    }

    /// <summary>
    /// When the occurrence of series date <paramref name="date"/> starts and ends as the cycle plans it (a holiday can
    /// move it), for the timeline; the series' own times on that date when the plan does not reach it.
    /// </summary>
    public static (DateTimeOffset Start, DateTimeOffset End) Span(PartnershipConfig config, Meeting meeting, LocalDate date, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(meeting);
        string day = NodaTime.Text.LocalDatePattern.Iso.Format(date);
        var plan = OccurrencePlanner.Plan(new PlanInput(SeriesSnapshots.Create(config, meeting), NodaTime.Text.LocalDatePattern.Iso.Format(date.PlusDays(-1)), [], now));
        if (plan.Next is { } next && next.Date == day)
        {
            return (next.Start, next.End);
        }

        var zone = DateTimeZoneProviders.Tzdb[config.Partnership.TimeZone];
        return (zone.AtLeniently(date + meeting.Time.Start).ToDateTimeOffset(), zone.AtLeniently(date + meeting.Time.End).ToDateTimeOffset());
    }
}
