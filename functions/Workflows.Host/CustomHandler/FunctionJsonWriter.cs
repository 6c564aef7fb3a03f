using System.Text.Json;

namespace Workflows.Host.CustomHandler;

/// <summary>
/// Writes <c>{out}/{FunctionName}/function.json</c> for each function of the catalog, and removes function folders
/// a previous publish left for functions that no longer exist (the host would otherwise keep triggering them).
/// </summary>
internal static class FunctionJsonWriter
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static IReadOnlyList<string> Write(string outputDirectory, IReadOnlyList<TriggerFunction> triggers, IReadOnlyList<HttpFunction> http)
    {
        Directory.CreateDirectory(outputDirectory);
        var written = new List<string>();
        foreach (var trigger in triggers)
        {
            WriteOne(outputDirectory, trigger.Name, TriggerBindings(trigger));
            written.Add(trigger.Name);
        }

        foreach (var function in http)
        {
            WriteOne(outputDirectory, function.Name, HttpBindings(function));
            written.Add(function.Name);
        }

        var current = new HashSet<string>(written, StringComparer.OrdinalIgnoreCase);
        foreach (string stale in Directory.EnumerateDirectories(outputDirectory).Where(d => File.Exists(Path.Combine(d, "function.json")) && !current.Contains(Path.GetFileName(d))))
        {
            Directory.Delete(stale, recursive: true);
        }

        return written;
    }

    internal static object TriggerBindings(TriggerFunction trigger) => new
    {
        bindings = new object[]
        {
            trigger.Kind == TriggerKind.Timer
                ? new Dictionary<string, object?> { ["type"] = "timerTrigger", ["direction"] = "in", ["name"] = trigger.BindingName, ["schedule"] = trigger.Schedule, ["runOnStartup"] = false, ["useMonitor"] = true }
                : new Dictionary<string, object?> { ["type"] = "queueTrigger", ["direction"] = "in", ["name"] = trigger.BindingName, ["queueName"] = trigger.QueueName, ["connection"] = FunctionCatalog.Connection },
        },
    };

    internal static object HttpBindings(HttpFunction function)
    {
        var trigger = new Dictionary<string, object?>
        {
            ["type"] = "httpTrigger",
            ["direction"] = "in",
            ["name"] = "req",
            ["authLevel"] = function.AuthLevel,
            ["route"] = function.Route,
        };
        if (function.Methods is not null)
        {
            trigger["methods"] = function.Methods;
        }

        // Exactly one HTTP trigger and one HTTP output: the shape the host forwards as the original request.
        return new { bindings = new object[] { trigger, new Dictionary<string, object?> { ["type"] = "http", ["direction"] = "out", ["name"] = "res" } } };
    }

    private static void WriteOne(string outputDirectory, string name, object content)
    {
        string folder = Path.Combine(outputDirectory, name);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "function.json"), JsonSerializer.Serialize(content, Indented) + Environment.NewLine);
    }
}
