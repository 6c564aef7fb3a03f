using NodaTime;
using Workflows.Partnerships.Limits;
using Workflows.Partnerships.Scheduling;

namespace Workflows.Partnerships.Configuration;

/// <summary>Meeting series: recurrence, times, agenda and quorum.</summary>
internal sealed partial class ConfigReader
{
    private Meeting ReadMeeting(MappingReader m)
    {
        var id = Id(m);
        var group = m.String("group", maxLength: TextLimits.Id) ?? string.Empty;
        var title = m.String("title", maxLength: TextLimits.Title) ?? string.Empty;

        var recurrence = string.Empty;
        if (m.String("recurrence") is { } rule)
        {
            recurrence = RecurrenceRules.Normalize(rule, out var error) ?? string.Empty;
            if (error is not null)
            {
                m.Fail("recurrence", error);
            }
        }

        var start = Date(m, "start") ?? default;
        var time = m.String("time") is { } text ? ParseTime(m, text) : null;
        if (recurrence.Length > 0 && !m.Failed("recurrence") && !m.Failed("start") && m.Value("start") is not null && NeverMeets(recurrence, start))
        {
            // Valid syntax that no calendar date satisfies (30 February) would be a series that silently never meets.
            m.Fail("recurrence", $"'{recurrence}' gives no meeting in the two years from {Iso(start)}; check BYMONTH, BYMONTHDAY and BYSETPOS");
        }

        var location = m.String("location", required: false, maxLength: TextLimits.Location);
        var online = m.Bool("online", required: false) ?? false;
        var holidays = m.Keyword("holidays", ConfigKeywords.HolidayPolicies, required: false) ?? HolidayPolicy.Skip;
        var inviteLeadDays = m.Days("inviteLeadDays");
        var rsvpDeadlineDays = m.Days("rsvpDeadlineDays");
        if (inviteLeadDays is { } invite && rsvpDeadlineDays is { } rsvp && rsvp >= invite)
        {
            m.Fail("rsvpDeadlineDays", Invariant(
                $"answers are due {rsvp} days before the meeting, which is not after the invitation goes out ({invite} days before)"));
        }

        var agendaReader = m.Mapping("agenda", ConfigKeys.Agenda, required: false);
        var agenda = agendaReader is null
            ? MeetingAgenda.None
            : Remember(
                new MeetingAgenda(agendaReader.Strings("fixedItems", required: false), agendaReader.Days("chairReminderDays", required: false))
                {
                    UpdateWorkingDays = WorkingDays(agendaReader, "updateWorkingDays", MeetingAgenda.DefaultUpdateWorkingDays),
                },
                agendaReader);
        if (agendaReader is not null && agenda.ChairReminderDays is { } chair && inviteLeadDays is { } invitedAt && chair <= invitedAt)
        {
            // The invitation carries the agenda, so the chair must be asked for it first.
            agendaReader.Fail("chairReminderDays", Invariant(
                $"the chair is asked for agenda items {chair} days before the meeting, which is not before the invitation goes out ({invitedAt} days before)"));
        }

        var quorumReader = m.Mapping("quorum", ConfigKeys.Quorum, required: false);
        var quorum = quorumReader is null ? MeetingQuorum.None : Remember(ReadQuorum(quorumReader), quorumReader);

        var minAnswer = WorkingDays(m, "minAnswerWorkingDays", MeetingScheduleSpec.DefaultMinAnswerWorkingDays);
        var minReminder = WorkingDays(m, "minReminderWorkingDays", MeetingScheduleSpec.DefaultMinReminderWorkingDays);

        var lowTurnout = m.Double("lowTurnout");
        if (lowTurnout is < 0 or > 1)
        {
            m.Fail("lowTurnout", Invariant($"{lowTurnout} is not a fraction between 0 and 1"));
        }

        return new Meeting(
            id, group, title, recurrence, start, time ?? new MeetingTime(default, default), location, online, holidays,
            inviteLeadDays ?? 0, rsvpDeadlineDays ?? 0, agenda, quorum, lowTurnout ?? 0)
        {
            MinAnswerWorkingDays = minAnswer,
            MinReminderWorkingDays = minReminder,
        };
    }

    // A floor of working days: at least one (a step on the invitation's own day is no step), at most four weeks
    // of school (a larger floor would pull invitations back across a whole holiday).
    private static int WorkingDays(MappingReader m, string key, int fallback)
    {
        const int Max = 20;
        var days = m.Int(key, required: false);
        if (days is < 1 or > Max)
        {
            m.Fail(key, Invariant($"{days} is not a number of working days from 1 to {Max}"));
            return fallback;
        }

        return days ?? fallback;
    }

    /// <summary>
    /// How the series' messages speak: <c>name</c> with its article for sentences ("het directieberaad"),
    /// <c>shortName</c> for subjects and the calendar title, <c>tone</c> je or u (default u).
    /// </summary>
    private static Meeting ReadVoice(MappingReader m, Meeting meeting)
    {
        var name = m.String("name", required: false, maxLength: TextLimits.Title)?.Trim();
        if (name is not null && !HasArticle(name))
        {
            m.Fail("name", $"'{name}' has no article; write the series as a sentence names it, e.g. 'het directieberaad' or 'de klankbordgroep decanen' ('the steering group' in English)");
            name = null;
        }

        var shortName = m.String("shortName", required: false, maxLength: TextLimits.Title)?.Trim();
        var tone = m.Keyword("tone", ConfigKeywords.Tones, required: false) ?? MeetingTone.U;
        return meeting with { Name = name, ShortName = shortName, Tone = tone };
    }

    // An article and a word after it: "het directieberaad", not "het" or "Directieberaad Profijt".
    private static bool HasArticle(string name) =>
        ((string[])["de ", "het ", "the "]).Any(a => name.StartsWith(a, StringComparison.OrdinalIgnoreCase) && name.Length > a.Length && !char.IsWhiteSpace(name[a.Length]));

    private static bool NeverMeets(string recurrence, LocalDate start)
    {
        try
        {
            var rule = RecurrenceExpander.Parse(recurrence, DateTimeZone.Utc, LocalTime.Midnight);
            return RecurrenceExpander.Dates(rule, start, start.PlusYears(2)).Count == 0;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The scheduler's stricter limits (no sub-daily rules) were already reported by the RRULE check, and
            // a rule the evaluator cannot run is not one this check should turn into a crash of the loader.
            return false;
        }
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

        return new MeetingQuorum(kinds, minAccepted)
        {
            Require = ReadRequire(m),
            OnMissing = m.Keyword("onMissing", ConfigKeywords.OnMissing, required: false) ?? QuorumOnMissing.Ask,
            CountCoordinators = m.Bool("countCoordinators", required: false) ?? false,
        };
    }

    /// <summary>The selectors of <c>quorum.require</c> whose syntax holds; ids and matches are checked by ConfigChecks.</summary>
    private List<string> ReadRequire(MappingReader m)
    {
        var texts = m.Strings("require", required: false);
        if (texts.Count > MeetingQuorum.MaxRequirements)
        {
            m.Fail("require", Invariant(
                $"{texts.Count} requirements; a series may have at most {MeetingQuorum.MaxRequirements} (each names one side that must be present)"));
            return [];
        }

        var require = new List<string>();
        foreach (var (node, text, path) in m.ScalarItems("require"))
        {
            if (Selectors.SelectorParser.Parse(text, out var error) is null)
            {
                diagnostics.Add(node, $"{path}: {error}");
            }
            else
            {
                require.Add(text.Trim());
            }
        }

        return require;
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
}
