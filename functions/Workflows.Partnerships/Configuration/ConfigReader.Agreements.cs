using System.Globalization;
using NodaTime;
using Workflows.Partnerships.Limits;
using YamlDotNet.RepresentationModel;

namespace Workflows.Partnerships.Configuration;

/// <summary>Subsidy rounds and convenants.</summary>
internal sealed partial class ConfigReader
{
    private SubsidyRound ReadSubsidyRound(MappingReader m)
    {
        var id = Id(m);
        var title = m.String("title", maxLength: TextLimits.Title) ?? string.Empty;
        var funder = m.String("funder", maxLength: TextLimits.Title) ?? string.Empty;
        var (deadline, deadlineTime) = ReadDeadline(m);
        if (deadline < today)
        {
            m.Fail("deadline", $"the deadline {Iso(deadline.Value)} has passed (today is {Iso(today)})");
        }
        else if (deadline > DateHorizon.Latest(today))
        {
            m.Fail("deadline", $"the deadline {Iso(deadline.Value)} is more than {DateHorizon.Years} years ahead (today is {Iso(today)})");
        }

        var audience = m.Strings("audience");
        if (audience.Count == 0 && !m.Failed("audience"))
        {
            m.Fail("audience", "a subsidy round needs at least one selector to alert");
        }

        var reminders = m.Value("reminders") is null ? SubsidyRound.DefaultReminders : ReadDays(m, "reminders");
        Uri? url = null;
        if (m.String("url", required: false, maxLength: TextLimits.Url) is { } text)
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
        return new SubsidyRound(id, title, funder, deadline ?? default, audience, reminders, url, share, deadlineTime);
    }

    /// <summary>A date, or a date with a time of day (<see cref="SubsidyDeadline"/>); reported where it is when it is neither.</summary>
    private static (LocalDate? Date, LocalTime? Time) ReadDeadline(MappingReader m)
    {
        var text = m.String("deadline");
        if (text is null)
        {
            return (null, null);
        }

        if (SubsidyDeadline.TryParse(text, out var date, out var time))
        {
            return (date, time);
        }

        m.Fail("deadline", $"'{text}' is not a deadline ({SubsidyDeadline.Formats}, e.g. 2027-02-15 or 2027-02-15T17:00)");
        return (null, null);
    }

    private List<int> ReadDays(MappingReader m, string key)
    {
        var days = new List<int>();
        m.Strings(key, required: false);
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

        return days;
    }

    private Convenant ReadConvenant(MappingReader m)
    {
        var id = Id(m);
        var vmbo = m.String("vmbo", maxLength: TextLimits.Id) ?? string.Empty;
        var mbo = m.String("mbo", maxLength: TextLimits.Id) ?? string.Empty;
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

        var validUntil = Date(m, "validUntil") ?? default;
        var reviewReader = m.Mapping("review", ConfigKeys.Review);
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
}
