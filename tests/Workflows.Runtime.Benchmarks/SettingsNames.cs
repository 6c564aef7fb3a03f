using Workflows.Runtime.AzureStorage;

namespace Workflows.Runtime.Benchmarks;

/// <summary>The command line's names of the settings.</summary>
internal static class SettingsNames
{
    public const string Default = "default";
    public const string Tuned = "tuned";
    public const string Both = "both";

    public static string Of(TaskHubTuning tuning) => tuning == TaskHubTuning.Tuned ? Tuned : Default;

    public static IReadOnlyList<TaskHubTuning> Parse(string name) => name switch
    {
        Default => [TaskHubTuning.Default],
        Tuned => [TaskHubTuning.Tuned],
        Both => [TaskHubTuning.Default, TaskHubTuning.Tuned],
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown settings."),
    };
}
