using NodaTime;
using Workflows.Partnerships.Limits;
using Workflows.Partnerships.Calendar;

namespace Workflows.Partnerships.Configuration;

/// <summary>The calendar section: extra closed days, holiday overrides and which optional days off the schools take.</summary>
internal sealed partial class ConfigReader
{
    private CalendarSettings ReadCalendar(MappingReader m)
    {
        var closed = new List<LocalDate>();
        m.Strings("extraClosedDays", required: false);
        foreach (var (node, _, path) in m.ScalarItems("extraClosedDays"))
        {
            if (MappingReader.ParseDate(node) is { } date)
            {
                if (BeyondHorizon(date) is { } beyond)
                {
                    diagnostics.Add(node, $"{path}: {beyond}");
                }
                else
                {
                    closed.Add(date);
                }
            }
            else
            {
                diagnostics.Add(node, $"{path}: {MappingReader.NotADate(node)}");
            }
        }

        var holidays = ReadList(m, "holidays", required: false, ConfigKeys.Holiday, ReadHoliday);
        return new CalendarSettings(
            closed,
            holidays,
            m.Bool("includeGoodFriday", required: false) ?? false,
            m.Keyword("liberationDay", ConfigKeywords.LiberationDays, required: false) ?? LiberationDayRule.Lustrum,
            m.Bool("fridayAfterAscension", required: false) ?? false);
    }

    private static readonly string[] SchoolHolidayNames =
        [SchoolHolidays.Herfst, SchoolHolidays.Kerst, SchoolHolidays.Voorjaar, SchoolHolidays.Mei, SchoolHolidays.Zomer];

    private HolidayOverride ReadHoliday(MappingReader m)
    {
        var name = m.String("name", maxLength: TextLimits.Title) ?? string.Empty;

        // Only an exact name replaces the built-in week; a near miss would silently add a second closed week.
        if (name.Length > 0 && !SchoolHolidayNames.Contains(name, StringComparer.OrdinalIgnoreCase)
            && (SchoolHolidayNames.FirstOrDefault(n => n.StartsWith(name, StringComparison.OrdinalIgnoreCase)) ?? Suggestions.Closest(name, SchoolHolidayNames)) is { } meant)
        {
            m.Fail("name", $"'{name}' is not a school holiday's name; did you mean '{meant}'? (the same name replaces the built-in period, another name adds a closed period)");
        }

        var from = Date(m, "from");
        var to = Date(m, "to");
        if (to < from)
        {
            m.Fail("to", $"{Iso(to.Value)} is before the holiday starts ({Iso(from!.Value)})");
        }

        return new HolidayOverride(name, from ?? default, to ?? default);
    }
}
