using System.Text.Json;
using DurableTask.Core.History;

namespace Workflows.Orchestrations;

/// <summary>
/// Reads what a failed execution did after it started: its input does not say, its history does (a failed
/// instance keeps no custom status), so a restart goes on from there instead of sending everything again.
/// </summary>
internal static class ExecutionHistory
{
    /// <summary>The activities the execution completed, oldest first, with their inputs and results as JSON.</summary>
    public static IEnumerable<CompletedActivity> Completed(IEnumerable<HistoryEvent> history)
    {
        var scheduled = new Dictionary<int, TaskScheduledEvent>();
        foreach (var e in history)
        {
            if (e is TaskScheduledEvent s)
            {
                scheduled[s.EventId] = s;
            }
            else if (e is TaskCompletedEvent done && scheduled.GetValueOrDefault(done.TaskScheduledId) is { Name: { } name } step)
            {
                yield return new CompletedActivity(name, step.Input is { } input ? Unwrapped(input) : null, done.Result);
            }
        }
    }

    /// <summary><paramref name="json"/> as a <typeparamref name="T"/>; null when it is absent or unreadable (such as the payload that made the execution fail).</summary>
    public static T? Read<T>(string? json)
        where T : class
    {
        if (json is null)
        {
            return null;
        }

        try
        {
            return WorkflowJson.Converter.Deserialize<T>(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // The history holds an activity's input as the one-element array of parameters the core runtime passes on.
    public static string Unwrapped(string json) => json is ['[', .. var inner, ']'] ? inner : json;
}
