namespace Workflows.Orchestrations.Tests.Support;

/// <summary>The DESCRIPTION of a calendar message in a virtual world's outbox, unfolded and unescaped (RFC 5545).</summary>
internal static class OutboxDescriptions
{
    /// <summary>Of the first message of <paramref name="kind"/> (<c>meeting.invited</c>, <c>meeting.updated</c>) for occurrence <paramref name="date"/>.</summary>
    public static async Task<string> OfAsync(VirtualWorld world, string date, string kind)
    {
        var record = (await world.Services.Gateway.ListAsync(world.Token))
            .First(r => r.Labels.Kind == kind && r.Labels.Values.GetValueOrDefault("occurrence") == date);
        string ics = (await File.ReadAllTextAsync(world.Services.Gateway.GetPath(record), world.Token)).Replace("\r\n ", string.Empty, StringComparison.Ordinal);
        string line = ics.Split("\r\n").Single(l => l.StartsWith("DESCRIPTION", StringComparison.Ordinal));
        return line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..]
            .Replace("\\n", "\n", StringComparison.Ordinal)
            .Replace("\\,", ",", StringComparison.Ordinal)
            .Replace("\\;", ";", StringComparison.Ordinal)
            .Replace("\\\\", "\\", StringComparison.Ordinal);
    }
}
