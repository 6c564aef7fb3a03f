namespace Workflows.Host.Tests.Readme;

/// <summary>One command of a fenced <c>bash</c> block of the README, continuation lines joined, comments removed.</summary>
/// <param name="Text">The command as bash would read it.</param>
/// <param name="Line">Its first line in README.md (1-based), for messages.</param>
/// <param name="Section">The heading above its block.</param>
internal sealed record ReadmeCommand(string Text, int Line, string Section)
{
    public override string ToString() => $"README.md:{Line} ({Section}): {Text}";
}
