using System.Globalization;
using System.Net.Mail;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Text;
using YamlDotNet.RepresentationModel;
using Workflows.Partnerships.Calendar;
using Workflows.Partnerships.Scheduling;

namespace Workflows.Partnerships.Configuration;

/// <summary>
/// First pass: maps the YAML tree onto the model by hand, checking everything one entry can tell
/// on its own (keys, types, formats, ranges). Wrong fields get placeholders so that reading goes on
/// and every mistake is found; ConfigChecks then checks the references between entries.
/// </summary>
internal sealed partial class ConfigReader(ConfigDiagnostics diagnostics, LocalDate today)
{
    private static readonly string[] RootKeys =
        ["partnership", "organizations", "people", "groups", "meetings", "subsidyRounds", "convenants", "calendar"];

    private static readonly string[] PartnershipKeys =
        ["id", "name", "timeZone", "schoolRegion", "language", "organizer", "coordinators"];

    private static readonly string[] OrganizationKeys = ["id", "name", "kind", "board"];
    private static readonly string[] PersonKeys = ["id", "name", "email", "organization", "roles"];
    private static readonly string[] GroupKeys = ["id", "name", "members", "chair"];

    private static readonly string[] MeetingKeys =
    [
        "id", "group", "title", "recurrence", "start", "time", "location", "online", "holidays",
        "inviteLeadDays", "rsvpDeadlineDays", "agenda", "quorum", "lowTurnout",
    ];

    private static readonly string[] AgendaKeys = ["fixedItems", "chairReminderDays"];
    private static readonly string[] QuorumKeys = ["requireKinds", "minAccepted"];

    private static readonly string[] SubsidyRoundKeys =
        ["id", "title", "funder", "deadline", "audience", "reminders", "url", "shareApplications"];

    private static readonly string[] ConvenantKeys =
        ["id", "vmbo", "mbo", "crebos", "pricePerHour", "hours", "validUntil", "review"];

    private static readonly string[] ReviewKeys = ["month", "participants", "leadDays"];
    private static readonly string[] CalendarKeys = ["extraClosedDays", "holidays", "includeGoodFriday"];
    private static readonly string[] HolidayKeys = ["name", "from", "to"];

    private static readonly LocalTimePattern TimePattern = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    private readonly Dictionary<object, MappingReader> sources = new(ReferenceEqualityComparer.Instance);

    /// <summary>The draft, or null when the document is not even a mapping.</summary>
    public ConfigDraft? Read(YamlNode root)
    {
        var top = MappingReader.Open(root, string.Empty, RootKeys, diagnostics);
        if (top is null)
        {
            return null;
        }

        var partnershipReader = top.Mapping("partnership", PartnershipKeys);
        var partnership = partnershipReader is null
            ? new Partnership(string.Empty, string.Empty, Partnership.DefaultTimeZone, default, default, string.Empty, [])
            : Remember(ReadPartnership(partnershipReader), partnershipReader);

        var calendarReader = top.Mapping("calendar", CalendarKeys, required: false);
        var config = new PartnershipConfig(
            partnership,
            ReadList(top, "organizations", required: true, OrganizationKeys, ReadOrganization),
            ReadList(top, "people", required: true, PersonKeys, ReadPerson),
            ReadList(top, "groups", required: false, GroupKeys, ReadGroup),
            ReadList(top, "meetings", required: false, MeetingKeys, ReadMeeting),
            ReadList(top, "subsidyRounds", required: false, SubsidyRoundKeys, ReadSubsidyRound),
            ReadList(top, "convenants", required: false, ConvenantKeys, ReadConvenant),
            calendarReader is null ? CalendarSettings.Empty : ReadCalendar(calendarReader));
        return new ConfigDraft(config, sources);
    }

    private T Remember<T>(T item, MappingReader reader)
        where T : class
    {
        sources[item] = reader;
        return item;
    }

    private List<T> ReadList<T>(MappingReader parent, string key, bool required, string[] keys, Func<MappingReader, T> read)
        where T : class
    {
        var list = new List<T>();
        var items = parent.Items(key, required);
        for (var i = 0; i < items.Count; i++)
        {
            if (MappingReader.Open(items[i], parent.ItemPath(key, i), keys, diagnostics) is { } reader)
            {
                list.Add(Remember(read(reader), reader));
            }
        }

        return list;
    }

    private static Partnership ReadPartnership(MappingReader m)
    {
        var id = Id(m);
        var name = m.String("name") ?? string.Empty;
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
        m.String("name") ?? string.Empty,
        m.Keyword("kind", ConfigKeywords.OrganizationKinds) ?? default,
        m.String("board", required: false));

    private Person ReadPerson(MappingReader m) => new(
        Id(m),
        m.String("name") ?? string.Empty,
        Email(m, "email") ?? string.Empty,
        m.String("organization") ?? string.Empty,
        m.Strings("roles", required: false));

    private Group ReadGroup(MappingReader m)
    {
        var id = Id(m);
        var name = m.String("name") ?? string.Empty;
        var members = m.Strings("members");
        if (members.Count == 0 && !m.Failed("members"))
        {
            m.Fail("members", "a group needs at least one member");
        }

        return new Group(id, name, members, m.String("chair", required: false));
    }

    private Meeting ReadMeeting(MappingReader m)
    {
        var id = Id(m);
        var group = m.String("group") ?? string.Empty;
        var title = m.String("title") ?? string.Empty;

        var recurrence = string.Empty;
        if (m.String("recurrence") is { } rule)
        {
            recurrence = RecurrenceRules.Normalize(rule, out var error) ?? string.Empty;
            if (error is not null)
            {
                m.Fail("recurrence", error);
            }
        }

        var start = m.Date("start") ?? default;
        var time = m.String("time") is { } text ? ParseTime(m, text) : null;
        var location = m.String("location", required: false);
        var online = m.Bool("online", required: false) ?? false;
        var holidays = m.Keyword("holidays", ConfigKeywords.HolidayPolicies, required: false) ?? HolidayPolicy.Skip;
        var inviteLeadDays = m.Days("inviteLeadDays");
        var rsvpDeadlineDays = m.Days("rsvpDeadlineDays");
        if (inviteLeadDays is { } invite && rsvpDeadlineDays is { } rsvp && rsvp >= invite)
        {
            m.Fail("rsvpDeadlineDays", Invariant(
                $"answers are due {rsvp} days before the meeting, which is not after the invitation goes out ({invite} days before)"));
        }

        var agendaReader = m.Mapping("agenda", AgendaKeys, required: false);
        var agenda = agendaReader is null
            ? MeetingAgenda.None
            : Remember(new MeetingAgenda(agendaReader.Strings("fixedItems", required: false), agendaReader.Days("chairReminderDays", required: false)), agendaReader);

        var quorumReader = m.Mapping("quorum", QuorumKeys, required: false);
        var quorum = quorumReader is null ? MeetingQuorum.None : Remember(ReadQuorum(quorumReader), quorumReader);

        var lowTurnout = m.Double("lowTurnout");
        if (lowTurnout is < 0 or > 1)
        {
            m.Fail("lowTurnout", Invariant($"{lowTurnout} is not a fraction between 0 and 1"));
        }

        return new Meeting(
            id, group, title, recurrence, start, time ?? new MeetingTime(default, default), location, online, holidays,
            inviteLeadDays ?? 0, rsvpDeadlineDays ?? 0, agenda, quorum, lowTurnout ?? 0);
    }

    private MeetingQuorum ReadQuorum(MappingReader m)
    {
        var kinds = new List<OrganizationKind>();
        foreach (var text in m.Strings("requireKinds", required: false))
        {
            if (ConfigKeywords.OrganizationKinds.TryParse(text, out var kind))
            {
                kinds.Add(kind);
            }
        }

        // Reported per item here; ConfigChecks only looks at the items that parsed.
        foreach (var (node, text, path) in m.ScalarItems("requireKinds"))
        {
            if (!ConfigKeywords.OrganizationKinds.TryParse(text, out _))
            {
                diagnostics.Add(node, $"{path}: {ConfigKeywords.OrganizationKinds.Unknown(text)}");
            }
        }

        var minAccepted = m.Int("minAccepted", required: false);
        if (minAccepted < 1)
        {
            m.Fail("minAccepted", Invariant($"{minAccepted} is not a number of people; use 1 or more, or leave it out"));
        }

        return new MeetingQuorum(kinds, minAccepted);
    }

    private SubsidyRound ReadSubsidyRound(MappingReader m)
    {
        var id = Id(m);
        var title = m.String("title") ?? string.Empty;
        var funder = m.String("funder") ?? string.Empty;
        var deadline = m.Date("deadline");
        if (deadline < today)
        {
            m.Fail("deadline", $"the deadline {Iso(deadline.Value)} has passed (today is {Iso(today)})");
        }

        var audience = m.Strings("audience");
        if (audience.Count == 0 && !m.Failed("audience"))
        {
            m.Fail("audience", "a subsidy round needs at least one selector to alert");
        }

        var reminders = m.Value("reminders") is null ? SubsidyRound.DefaultReminders : ReadDays(m, "reminders");
        Uri? url = null;
        if (m.String("url", required: false) is { } text)
        {
            if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
            {
                url = uri;
            }
            else
            {
                m.Fail("url", $"'{text}' is not an http(s) address");
            }
        }

        var share = m.Bool("shareApplications", required: false) ?? false;
        return new SubsidyRound(id, title, funder, deadline ?? default, audience, reminders, url, share);
    }

    private List<int> ReadDays(MappingReader m, string key)
    {
        var days = new List<int>();
        m.Items(key);
        foreach (var (node, text, path) in m.ScalarItems(key))
        {
            if (!MappingReader.TryParseInt(node, out var value))
            {
                diagnostics.Add(node, $"{path}: {MappingReader.NotAWholeNumber(node)}");
            }
            else if (value < 0)
            {
                diagnostics.Add(node, Invariant($"{path}: {value} days is negative; a number of days before must be 0 or more"));
            }
            else
            {
                days.Add(value);
            }
        }

        ReportNonScalarItems(m, key);
        return days;
    }

    private Convenant ReadConvenant(MappingReader m)
    {
        var id = Id(m);
        var vmbo = m.String("vmbo") ?? string.Empty;
        var mbo = m.String("mbo") ?? string.Empty;
        var crebos = m.Strings("crebos");
        foreach (var (node, text, path) in m.ScalarItems("crebos"))
        {
            if (!CreboPattern().IsMatch(text))
            {
                diagnostics.Add(node, $"{path}: '{text}' is not a crebo number (five digits)");
            }
        }

        var price = m.Decimal("pricePerHour");
        if (price < 0)
        {
            m.Fail("pricePerHour", Invariant($"{price} is negative"));
        }

        var hours = new List<HourBudget>();
        foreach (var (name, value) in m.Pairs("hours"))
        {
            var path = $"{m.PathOf("hours")}.{name.Value}";
            if (value is YamlScalarNode scalar && !MappingReader.IsNull(scalar)
                && decimal.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var amount))
            {
                if (amount < 0)
                {
                    diagnostics.Add(value, Invariant($"{path}: {amount} hours is negative"));
                }

                hours.Add(new HourBudget(name.Value!, amount));
            }
            else
            {
                diagnostics.Add(value, $"{path}: {MappingReader.Describe(value)} is not a number of hours");
            }
        }

        var validUntil = m.Date("validUntil") ?? default;
        var reviewReader = m.Mapping("review", ReviewKeys);
        var review = reviewReader is null
            ? new ConvenantReview(1, [], 0)
            : Remember(ReadReview(reviewReader), reviewReader);
        return new Convenant(id, vmbo, mbo, crebos, price ?? 0, hours, validUntil, review);
    }

    private static ConvenantReview ReadReview(MappingReader m)
    {
        var month = m.Int("month");
        if (month is < 1 or > 12)
        {
            m.Fail("month", Invariant($"{month} is not a month (1-12)"));
        }

        var participants = m.Strings("participants");
        if (participants.Count == 0 && !m.Failed("participants"))
        {
            m.Fail("participants", "a review needs at least one participant");
        }

        return new ConvenantReview(month ?? 1, participants, m.Days("leadDays") ?? 0);
    }

    private CalendarSettings ReadCalendar(MappingReader m)
    {
        var closed = new List<LocalDate>();
        m.Items("extraClosedDays", required: false);
        foreach (var (node, _, path) in m.ScalarItems("extraClosedDays"))
        {
            if (MappingReader.ParseDate(node) is { } date)
            {
                closed.Add(date);
            }
            else
            {
                diagnostics.Add(node, $"{path}: {MappingReader.NotADate(node)}");
            }
        }

        ReportNonScalarItems(m, "extraClosedDays");
        var holidays = ReadList(m, "holidays", required: false, HolidayKeys, ReadHoliday);
        return new CalendarSettings(closed, holidays, m.Bool("includeGoodFriday", required: false) ?? false);
    }

    private static HolidayOverride ReadHoliday(MappingReader m)
    {
        var name = m.String("name") ?? string.Empty;
        var from = m.Date("from");
        var to = m.Date("to");
        if (to < from)
        {
            m.Fail("to", $"{Iso(to.Value)} is before the holiday starts ({Iso(from!.Value)})");
        }

        return new HolidayOverride(name, from ?? default, to ?? default);
    }

    private void ReportNonScalarItems(MappingReader m, string key)
    {
        if (m.Value(key) is not YamlSequenceNode sequence)
        {
            return;
        }

        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var item = sequence.Children[i];
            if (item is not YamlScalarNode || MappingReader.IsNull(item))
            {
                diagnostics.Add(item, $"{m.ItemPath(key, i)}: expected a single value, not {MappingReader.Describe(item)}");
            }
        }
    }

    private static string Id(MappingReader m)
    {
        var id = m.String("id");
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
        var text = m.String(key);
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

    private static MeetingTime? ParseTime(MappingReader m, string text)
    {
        var parts = text.Split('-');
        if (parts.Length == 2
            && TimePattern.Parse(parts[0].Trim()) is { Success: true } start
            && TimePattern.Parse(parts[1].Trim()) is { Success: true } end)
        {
            if (end.Value > start.Value)
            {
                return new MeetingTime(start.Value, end.Value);
            }

            m.Fail("time", $"'{text}' ends before it starts (a meeting cannot run past midnight)");
            return null;
        }

        m.Fail("time", $"'{text}' is not a time range like 15:00-17:00 (HH:mm-HH:mm)");
        return null;
    }

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^\d{5}$")]
    private static partial Regex CreboPattern();
}
