using System.Text;

namespace Workflows.Host.Tests.Readme;

/// <summary>The commands of the README's fenced <c>bash</c> blocks, in the order a reader pastes them.</summary>
internal static class ReadmeCommands
{
    public static IReadOnlyList<ReadmeCommand> Parse(string markdown)
    {
        var commands = new List<ReadmeCommand>();
        string section = "(top)";
        bool inBash = false, inOther = false;
        var pending = new StringBuilder();
        int pendingLine = 0;
        string[] lines = markdown.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].TrimEnd('\r');
            if (!inBash && !inOther && line.StartsWith('#'))
            {
                section = line.TrimStart('#').Trim();
                continue;
            }

            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                if (inBash || inOther)
                {
                    inBash = inOther = false;
                }
                else if (line.Trim() is "```bash" or "```sh" or "```shell")
                {
                    inBash = true;
                }
                else
                {
                    inOther = true;
                }

                continue;
            }

            if (!inBash)
            {
                continue;
            }

            string code = StripComment(line).TrimEnd();
            if (code.Trim().Length == 0)
            {
                continue;
            }

            if (pending.Length == 0)
            {
                pendingLine = i + 1;
            }

            if (code.EndsWith('\\'))
            {
                pending.Append(code.AsSpan(0, code.Length - 1).Trim()).Append(' ');
                continue;
            }

            pending.Append(code.Trim());
            commands.Add(new ReadmeCommand(pending.ToString(), pendingLine, section));
            pending.Clear();
        }

        return commands;
    }

    /// <summary>Drops a <c>#</c> comment: a whole-line one, or one after whitespace outside quotes.</summary>
    private static string StripComment(string line)
    {
        char quote = '\0';
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '#' && (i == 0 || char.IsWhiteSpace(line[i - 1])))
            {
                return line[..i];
            }
        }

        return line;
    }
}
