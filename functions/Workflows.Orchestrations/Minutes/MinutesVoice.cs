using Workflows.Messaging.Templates;
using Workflows.Orchestrations.Meetings;

namespace Workflows.Orchestrations.Minutes;

/// <summary>The series' own voice for the minutes' messages, and the people an action item can belong to.</summary>
internal static class MinutesVoice
{
    public static MeetingVoice Of(SeriesSnapshot s) => MeetingMessages.Voice(s);

    public static MessageLanguage Language(SeriesSnapshot s) => MeetingMessages.Language(s);

    /// <summary>A member, the chair or a coordinator of the series by person id; null when the series has no such person (any more).</summary>
    public static MemberSnapshot? Person(SeriesSnapshot s, string id) =>
        s.Members.Concat(s.Chair is { } chair ? [chair] : []).Concat(s.Coordinators).FirstOrDefault(m => string.Equals(m.Id, id, StringComparison.Ordinal));
}
