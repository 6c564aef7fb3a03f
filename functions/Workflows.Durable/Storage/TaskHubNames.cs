using System.Text.RegularExpressions;

namespace Workflows.Durable.Storage;

/// <summary>Resource names of one task hub; several hubs share an account without touching each other's data.</summary>
internal sealed partial record TaskHubNames(string Hub)
{
    public string InstancesTable => $"{Hub}Instances";

    public string TimersTable => $"{Hub}Timers";

    public string ControlQueue => $"{Hub.ToLowerInvariant()}-control";

    public string WorkQueue => $"{Hub.ToLowerInvariant()}-work";

    public string PoisonQueue => $"{Hub.ToLowerInvariant()}-poison";

    public string PayloadContainer => $"{Hub.ToLowerInvariant()}-payloads";

    public static TaskHubNames Validate(string hub)
    {
        // Table names allow only letters and digits; queues add lower case and '-': the intersection is safe.
        if (string.IsNullOrEmpty(hub) || !HubPattern().IsMatch(hub))
        {
            throw new ArgumentException($"Task hub name '{hub}' must be 3 to 45 letters or digits, starting with a letter.", nameof(hub));
        }

        return new TaskHubNames(hub);
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{2,44}$")]
    private static partial Regex HubPattern();
}
