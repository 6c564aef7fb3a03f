using System.Net.Mail;
using NodaTime;
using Workflows.Partnerships.Limits;

namespace Workflows.Partnerships.Configuration;

/// <summary>Partnership, organizations, people and groups, and the ids and addresses they carry.</summary>
internal sealed partial class ConfigReader
{
    private static Partnership ReadPartnership(MappingReader m)
    {
        var id = Id(m);
        var name = m.String("name", maxLength: TextLimits.Name) ?? string.Empty;
        var timeZone = m.String("timeZone", required: false) ?? Partnership.DefaultTimeZone;
        if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(timeZone) is null)
        {
            m.Fail("timeZone", $"unknown time zone '{timeZone}'{Suggestions.DidYouMean(timeZone, DateTimeZoneProviders.Tzdb.Ids)}");
        }

        var region = m.Keyword("schoolRegion", ConfigKeywords.SchoolRegions) ?? default;
        var language = m.Keyword("language", ConfigKeywords.Languages, required: false) ?? Language.Nl;
        var organizer = Email(m, "organizer") ?? string.Empty;
        var coordinators = m.Strings("coordinators", required: false);
        return new Partnership(id, name, timeZone, region, language, organizer, coordinators);
    }

    private Organization ReadOrganization(MappingReader m) => new(
        Id(m),
        m.String("name", maxLength: TextLimits.Name) ?? string.Empty,
        m.Keyword("kind", ConfigKeywords.OrganizationKinds) ?? default,
        m.String("board", required: false, maxLength: TextLimits.Name));

    private Person ReadPerson(MappingReader m) => new(
        Id(m),
        m.String("name", maxLength: TextLimits.Name) ?? string.Empty,
        Email(m, "email") ?? string.Empty,
        m.String("organization", maxLength: TextLimits.Id) ?? string.Empty,
        m.Strings("roles", required: false));

    private Group ReadGroup(MappingReader m)
    {
        var id = Id(m);
        var name = m.String("name", maxLength: TextLimits.Title) ?? string.Empty;
        var members = m.Strings("members");
        if (members.Count == 0 && !m.Failed("members"))
        {
            m.Fail("members", "a group needs at least one member");
        }

        return new Group(id, name, members, m.String("chair", required: false, maxLength: TextLimits.Id));
    }

    private static string Id(MappingReader m)
    {
        var id = m.String("id", maxLength: TextLimits.Id);
        if (id is null)
        {
            return string.Empty;
        }

        // Ids end up in selectors (where ':' and '&' mean something), instance ids and file names.
        if (!IdPattern().IsMatch(id))
        {
            m.Fail("id", $"'{id}' is not a valid id (letters, digits, '.', '_' and '-', starting with a letter or digit)");
            return string.Empty;
        }

        return id;
    }

    private static string? Email(MappingReader m, string key)
    {
        var text = m.String(key, maxLength: TextLimits.Email);
        if (text is null)
        {
            return null;
        }

        // MailAddress also accepts "Name <a@b>"; a mailbox here is the bare address.
        if (MailAddress.TryCreate(text, out var address) && address.Address == text && address.DisplayName.Length == 0)
        {
            return text;
        }

        m.Fail(key, $"'{text}' is not an e-mail address");
        return null;
    }
}
