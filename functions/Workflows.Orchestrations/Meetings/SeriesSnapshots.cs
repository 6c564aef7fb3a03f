using System.Globalization;
using NodaTime.Text;
using Workflows.Orchestrations.Subsidies;
using Workflows.Partnerships.Configuration;
using Workflows.Partnerships.Planning;
using Workflows.Partnerships.Rules;
using Workflows.Partnerships.Selectors;

namespace Workflows.Orchestrations.Meetings;

/// <summary>Builds the snapshot a meeting cycle runs on from a loaded configuration (selectors resolved to people).</summary>
public static class SeriesSnapshots
{
    public static string InstanceId(string partnershipId, string seriesId) => $"meeting:{partnershipId}:{seriesId}";

    public static SeriesSnapshot Create(PartnershipConfig config, Meeting meeting) =>
        WithVoice(Snapshot(config, meeting), meeting);

    /// <summary>How the series' messages speak (its name with article, short name, je or u).</summary>
    private static SeriesSnapshot WithVoice(SeriesSnapshot snapshot, Meeting meeting) =>
        snapshot with { Name = meeting.Name, ShortName = meeting.ShortName, Tone = meeting.Tone == MeetingTone.Je ? "je" : "u" };

    private static SeriesSnapshot Snapshot(PartnershipConfig config, Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(meeting);
        var group = config.FindGroup(meeting.Group)
            ?? throw new ArgumentException($"Meeting '{meeting.Id}' names group '{meeting.Group}', which the configuration does not have.", nameof(meeting));
        var members = SelectorResolver.Resolve(config, group.Members).Select(s => Member(config, s.Person)).ToList();
        var coordinators = config.Partnership.Coordinators
            .Select(config.FindPerson)
            .OfType<Person>()
            .Select(p => Member(config, p))
            .ToList();
        var chair = group.Chair is { } chairId && config.FindPerson(chairId) is { } person ? Member(config, person) : null;
        var spec = PartnershipPlanner.Schedule(config, meeting);
        var date = LocalDatePattern.Iso;
        return new SeriesSnapshot(
            config.Partnership.Id,
            config.Partnership.Name,
            meeting.Id,
            meeting.Title,
            config.Partnership.Organizer,
            ConfigKeywords.ToKeyword(config.Partnership.Language),
            config.Partnership.TimeZone,
            meeting.Recurrence,
            date.Format(meeting.Start),
            Time(meeting.Time.Start),
            Time(meeting.Time.End),
            meeting.Location,
            meeting.Online,
            ConfigKeywords.ToKeyword(meeting.Holidays),
            meeting.InviteLeadDays,
            meeting.RsvpDeadlineDays,
            spec.ChairReminderDays,
            [.. meeting.Agenda.FixedItems],
            [.. meeting.Quorum.RequireKinds.Select(ConfigKeywords.ToKeyword)],
            meeting.Quorum.MinAccepted,
            meeting.LowTurnout,
            members,
            chair,
            coordinators,
            SubsidyRoundSnapshots.Calendar(config),
            MinAnswerWorkingDays: meeting.MinAnswerWorkingDays,
            MinReminderWorkingDays: meeting.MinReminderWorkingDays,
            Require: Requirements(config, meeting, members),
            OnMissing: ConfigKeywords.ToKeyword(meeting.Quorum.OnMissing),
            AgendaUpdateWorkingDays: meeting.Agenda.UpdateWorkingDays);
    }

    /// <summary>The partner rule resolved to the series' members (coordinators and organizer left out unless the file counts them).</summary>
    private static QuorumRequirementSnapshot[] Requirements(PartnershipConfig config, Meeting meeting, List<MemberSnapshot> members)
    {
        var people = members.Select(m => config.FindPerson(m.Id)).OfType<Person>().ToList();
        return [.. QuorumRequirements.Resolve(config, meeting, people).Select(r => new QuorumRequirementSnapshot(r.Selector, r.Label, r.PersonIds))];
    }

    /// <summary>Whether two snapshots differ in anything a cycle acts on (lists compared by content, unlike record equality).</summary>
    public static bool SameContent(SeriesSnapshot? a, SeriesSnapshot? b) =>
        a is null || b is null
            ? a is null && b is null
            : string.Equals(
                System.Text.Json.JsonSerializer.Serialize(a),
                System.Text.Json.JsonSerializer.Serialize(b),
                StringComparison.Ordinal);

    private static MemberSnapshot Member(PartnershipConfig config, Person person)
    {
        var organization = config.FindOrganization(person.Organization);
        return new MemberSnapshot(
            person.Id,
            person.Name,
            person.Email,
            person.Organization,
            organization?.Name ?? person.Organization,
            organization is null ? string.Empty : ConfigKeywords.ToKeyword(organization.Kind));
    }

    private static string Time(NodaTime.LocalTime time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);
}
