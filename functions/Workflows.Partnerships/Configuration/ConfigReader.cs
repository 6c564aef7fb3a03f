using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Text;
using YamlDotNet.RepresentationModel;

namespace Workflows.Partnerships.Configuration;

/// <summary>
/// First pass: maps the YAML tree onto the model by hand, checking everything one entry can tell
/// on its own (keys, types, formats, ranges). Wrong fields get placeholders so that reading goes on
/// and every mistake is found; ConfigChecks then checks the references between entries.
/// </summary>
internal sealed partial class ConfigReader(ConfigDiagnostics diagnostics, LocalDate today)
{
    private static readonly LocalTimePattern TimePattern = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    private readonly Dictionary<object, MappingReader> sources = new(ReferenceEqualityComparer.Instance);

    /// <summary>The draft, or null when the document is not even a mapping.</summary>
    public ConfigDraft? Read(YamlNode root)
    {
        var top = MappingReader.Open(root, string.Empty, ConfigKeys.Root, diagnostics);
        if (top is null)
        {
            return null;
        }

        var partnershipReader = top.Mapping("partnership", ConfigKeys.Partnership);
        var partnership = partnershipReader is null
            ? new Partnership(string.Empty, string.Empty, Partnership.DefaultTimeZone, default, default, string.Empty, [])
            : Remember(ReadPartnership(partnershipReader), partnershipReader);

        var calendarReader = top.Mapping("calendar", ConfigKeys.Calendar, required: false);
        var config = new PartnershipConfig(
            partnership,
            ReadList(top, "organizations", required: true, ConfigKeys.Organization, ReadOrganization),
            ReadList(top, "people", required: true, ConfigKeys.Person, ReadPerson),
            ReadList(top, "groups", required: false, ConfigKeys.Group, ReadGroup),
            ReadList(top, "meetings", required: false, ConfigKeys.Meeting, m => ReadVoice(m, ReadMeeting(m))),
            ReadList(top, "subsidyRounds", required: false, ConfigKeys.SubsidyRound, ReadSubsidyRound),
            ReadList(top, "convenants", required: false, ConfigKeys.Convenant, ReadConvenant),
            calendarReader is null ? CalendarSettings.Empty : ReadCalendar(calendarReader));
        return new ConfigDraft(config, sources);
    }

    private T Remember<T>(T item, MappingReader reader)
        where T : class
    {
        sources[item] = reader;
        return item;
    }

    private List<T> ReadList<T>(MappingReader parent, string key, bool required, IReadOnlyList<string> keys, Func<MappingReader, T> read)
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

    /// <summary>A date of the file, held to <see cref="DateHorizon"/>: null (reported) when absent, wrong or too far ahead.</summary>
    private LocalDate? Date(MappingReader m, string key, bool required = true)
    {
        var date = m.Date(key, required);
        if (date is { } value && BeyondHorizon(value) is { } beyond)
        {
            m.Fail(key, beyond);
            return null;
        }

        return date;
    }

    /// <summary>
    /// Why <paramref name="date"/> is too far ahead or back, or null: the workflows plan years, and a date such as
    /// 9999-12-31 or 0001-01-01 overflows their arithmetic inside a running instance instead of failing here.
    /// </summary>
    private string? BeyondHorizon(LocalDate date)
        => date > DateHorizon.Latest(today) ? $"{Iso(date)} is more than {DateHorizon.Years} years ahead (today is {Iso(today)})"
        : date < DateHorizon.Earliest(today) ? $"{Iso(date)} is more than {DateHorizon.YearsBack} years ago (today is {Iso(today)})"
        : null;

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^\d{5}$")]
    private static partial Regex CreboPattern();
}
