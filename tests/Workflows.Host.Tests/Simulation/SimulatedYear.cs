namespace Workflows.Host.Tests.Simulation;

/// <summary>One <c>simulate</c> run: its exit code, stdout, stderr and the <c>--out</c> directory it wrote.</summary>
public sealed record SimulatedYear(int Exit, string Output, string Error, string Directory)
{
    public string TimelineJson => Path.Combine(Directory, "timeline.json");

    public string TimelineHtml => Path.Combine(Directory, "timeline.html");

    public string Outbox => Path.Combine(Directory, "outbox");
}
