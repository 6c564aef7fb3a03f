using NodaTime.Text;
using Workflows.Orchestrations.Meetings;
using Workflows.Partnerships.Configuration;
using Workflows.Partnerships.Selectors;

namespace Workflows.Orchestrations.Subsidies;

/// <summary>Builds a round's snapshot from a loaded configuration (audience selectors resolved to people).</summary>
public static class SubsidyRoundSnapshots
{
    public const string FromConfig = "config";
    public const string FromApi = "api";

    public static string InstanceId(string partnershipId, string roundId) => $"subsidy:{partnershipId}:{roundId}";

    /// <exception cref="FormatException">An audience selector is malformed or names an unknown id.</exception>
    public static SubsidyRoundSnapshot Create(PartnershipConfig config, SubsidyRound round, string source = FromConfig)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(round);
        var recipients = SelectorResolver.Resolve(config, round.Audience).Select(s => Member(config, s.Person)).ToList();
        var coordinators = config.Partnership.Coordinators.Select(config.FindPerson).OfType<Person>().Select(p => Member(config, p)).ToList();
        return new SubsidyRoundSnapshot(
            config.Partnership.Id,
            config.Partnership.Name,
            round.Id,
            round.Title,
            round.Funder,
            LocalDatePattern.Iso.Format(round.Deadline),
            [.. round.Reminders],
            round.Url?.AbsoluteUri,
            round.ShareApplications,
            config.Partnership.Organizer,
            ConfigKeywords.ToKeyword(config.Partnership.Language),
            config.Partnership.TimeZone,
            recipients,
            coordinators,
            Calendar(config),
            source,
            SubsidyDeadline.FormatTime(round.DeadlineTime));
    }

    public static CalendarSnapshot Calendar(PartnershipConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var date = LocalDatePattern.Iso;
        return new CalendarSnapshot(
            ConfigKeywords.ToKeyword(config.Partnership.SchoolRegion),
            [.. config.Calendar.Holidays.Select(h => new ClosedPeriodSnapshot(h.Name, date.Format(h.From), date.Format(h.To)))],
            [.. config.Calendar.ExtraClosedDays.Select(date.Format)],
            config.Calendar.IncludeGoodFriday,
            ConfigKeywords.ToKeyword(config.Calendar.LiberationDay),
            config.Calendar.FridayAfterAscension);
    }

    public static MemberSnapshot Member(PartnershipConfig config, Person person)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(person);
        var organization = config.FindOrganization(person.Organization);
        return new MemberSnapshot(
            person.Id,
            person.Name,
            person.Email,
            person.Organization,
            organization?.Name ?? person.Organization,
            organization is null ? string.Empty : ConfigKeywords.ToKeyword(organization.Kind));
    }

    /// <summary>The date in canonical form (yyyy-MM-dd), or null when it is not one.</summary>
    public static string? TryDate(string? text) =>
        text is not null && LocalDatePattern.Iso.Parse(text.Trim()) is { Success: true } parsed ? LocalDatePattern.Iso.Format(parsed.Value) : null;

    internal static string DeadlineChangedReason(SubsidyRoundSnapshot round, SubsidyRoundSnapshot moved, string? why)
    {
        string from = SubsidyMessages.Deadline(round);
        string to = SubsidyMessages.Deadline(moved);
        string text = round.IsEnglish ? $"Deadline moved from {from} to {to}" : $"Deadline verplaatst van {from} naar {to}";
        return string.IsNullOrWhiteSpace(why) ? text : $"{text}: {why}";
    }
}
