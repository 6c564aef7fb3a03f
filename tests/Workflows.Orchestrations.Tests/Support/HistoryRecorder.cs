using System.Runtime.CompilerServices;
using DurableTask.Core.History;
using Workflows.Runtime;
using Workflows.Runtime.Replay;

namespace Workflows.Orchestrations.Tests.Support;

/// <summary>
/// Writes and reads the recorded histories (<c>&lt;area&gt;/Histories/&lt;workflow&gt;.&lt;scenario&gt;.v1.json</c>,
/// DTFx's own history JSON). The scenario tests hand every history they take to <see cref="Keep"/>; it writes the file
/// into the source tree only when the tests run with <c>WORKFLOWS_RECORD_HISTORIES=1</c>, and never over an
/// existing recording (recordings are added, never edited).
/// </summary>
internal static class HistoryRecorder
{
    public const string Switch = "WORKFLOWS_RECORD_HISTORIES";

    public static bool Recording => Environment.GetEnvironmentVariable(Switch) == "1";

    /// <summary>
    /// Checks that <paramref name="history"/> replays clean today (a recording that does not would be useless) and,
    /// when recording, writes it as <paramref name="file"/> next to the calling test's source file.
    /// </summary>
    public static void Keep(WorkflowRuntimeOptions options, IList<HistoryEvent> history, string file, [CallerFilePath] string caller = "")
    {
        var replay = HistoryReplayer.Replay(options, HistoryReplayer.Deserialize(HistoryReplayer.Serialize(history)));
        Assert.True(replay.IsConsistent, replay.Divergence);
        if (!Recording)
        {
            return;
        }

        string directory = Path.Combine(Path.GetDirectoryName(caller)!, "Histories");
        string path = Path.Combine(directory, file);
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(path, HistoryReplayer.Serialize(history) + "\n");
        }
    }

    /// <summary>The recordings of one area as copied to the test output (file names, for theory data).</summary>
    public static TheoryData<string> Files(string area)
    {
        var files = new TheoryData<string>();
        foreach (string file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, area, "Histories"), "*.json").Order(StringComparer.Ordinal))
        {
            files.Add(Path.GetFileName(file));
        }

        return files;
    }

    public static IList<HistoryEvent> Read(string area, string file) =>
        HistoryReplayer.Deserialize(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, area, "Histories", file)));
}
