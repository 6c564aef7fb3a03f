using Workflows.Orchestrations.Timeline;

namespace Workflows.Orchestrations.Tests.Support;

internal static class TimelineLines
{
    /// <summary>Kind and recipients of each event, in timeline order: what a reader of the timeline sees happen to whom.</summary>
    public static List<string> KindsAndRecipients(this IEnumerable<TimelineEvent> events) =>
        [.. events.Select(e => $"{e.Kind} {string.Join(' ', e.Recipients ?? [])}".TrimEnd())];
}
