using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CsCheck;

namespace Workflows.Host.Tests;

/// <summary>
/// <c>validate</c> on generated files: a real partnership file (samples/element.yaml) edited with wrong types,
/// extreme values, long and unicode strings, control characters, deep nesting and aliases. Whatever the file, the
/// command answers exit 0 or exit 2 with located errors: never an exception, a crash or a hang. A failure prints
/// CsCheck's seed; <c>CsCheck_Seed=… dotnet test --filter ValidateGeneratedYamlTests</c> replays it.
/// </summary>
public sealed class ValidateGeneratedYamlTests : IDisposable
{
    // Far beyond any real file's milliseconds, so only a hang trips it on a loaded machine (no speed assertion).
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(3);

    private static readonly string[] Base = File.ReadAllLines(CliRun.Sample("element.yaml"));

    private static readonly Gen<string> Odd = Gen.OneOf<string>(
        "[]", "{}", "~", "null", "true", "no", "-1", "0", "2147483648", "-2147483649", "99999999999999999999999", "1e400", "-.inf", ".nan",
        "0x1F", "1_000", "9999-12-31", "0001-01-01", "2026-02-30", "2026-13-01", "10000-01-01", "24:00-25:00", "23:59-00:00", "\"\"", "''",
        "'", "\"", "[a, [b, [c]]]", "{a: {b: {c: d}}}", "*undefined", "&x value", "!!binary aGVsbG8=", "!custom tag", "!!int nope",
        "|\n  block\n  text", ">-", "? complex", "- item", "[a", "{a: b", "\"unclosed", "a: b: c", "%TAG", "---", "...", "@at", "`tick",
        "FREQ=SECONDLY", "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", "FREQ=DAILY;COUNT=2147483647", "FREQ=MONTHLY;BYSETPOS=-366",
        "Europe/Nowhere", "role:", "kind:&org:", "org:x&role:y&kind:z", "a@b", "@", "http://", "javascript:alert(1)");

    // Characters that stress the reader: controls (escaped, since YAML text may not hold most of them raw), quotes,
    // line separators, combining marks, right-to-left text, emoji, lone surrogates.
    private static readonly Gen<string> Escaped = Gen.OneOf<string>(
        "\\r\\n", "\\n", "\\r", "\\0", "\\t", "\\x85", "\\u2028", "\\u2029", "\\uD800", "\\uDC00", "\\U0001F600", "\\x1B[31m", "\\\"", "\\\\",
        "\\u202E", "\\uFEFF", "\\u0301", "é", "ü", "漢", "🙂", "ا", ";ROLE=CHAIR", "X-INJ: 1", "\\x7F", "\\x9B");

    private static readonly Gen<string> Value = Gen.Frequency(
        (6, Odd),
        (3, Gen.Int[0, 6000].Select(n => new string('x', n))),
        (2, Gen.Int[0, 3000].Select(n => "[" + string.Join(", ", Enumerable.Repeat("a", n)) + "]")),
        (4, Escaped.Array[1, 12].Select(parts => "\"Evil" + string.Concat(parts) + "\"")),
        (2, Gen.String[Gen.OneOf(Gen.Char[' ', '\uD7FF'], Gen.Char['\uE000', '\uFFFD']), 0, 300].Select(Plain)),
        (3, Gen.Int[0, 200].Select(n => new string('[', n) + new string(']', n))),
        (2, Gen.Int[0, 100].Select(n => string.Concat(Enumerable.Repeat("{a: ", n)) + "b" + new string('}', n))),
        (2, Gen.Int[1, 3].Select(n => $"*bomb{n}")));

    private static readonly Gen<Edit> Edits = Gen.Select(Gen.Int[0, Base.Length - 1], Gen.Int[0, 5], Value, (line, kind, value) => new Edit(line, kind, value));

    private static readonly Gen<(Edit[] Edits, int Bomb)> Files = Gen.Select(Edits.Array[1, 6], Gen.Int[0, 10]);

    private readonly string directory = Directory.CreateTempSubdirectory("validate-fuzz-").FullName;

    [Fact]
    public async Task Generated_files_give_exit_0_or_located_errors_and_exit_2_never_a_crash_or_hang()
    {
        await Files.SampleAsync(
            async file =>
            {
                string path = Path.Combine(directory, Guid.NewGuid().ToString("N") + ".yaml");
                await File.WriteAllTextAsync(path, Text(file.Edits, file.Bomb));
                try
                {
                    // Task.Run: a hang inside the synchronous reader must not hold the guard's own thread.
                    var (exit, output, error) = await Task.Run(() => CliRun.InProcessAsync("validate", path, "--today", "2026-11-23")).WaitAsync(HangGuard);

                    Assert.True(exit is 0 or 2, $"exit {exit}: {error}");
                    Assert.Equal(string.Empty, error);
                    string[] lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
                    Assert.NotEmpty(lines);
                    if (exit == 2)
                    {
                        Assert.All(lines, line => Assert.Matches(Located(path), line));
                    }

                    // No message carries a control character of the file on to the terminal (an ESC, a CR).
                    Assert.All(lines, line => Assert.DoesNotContain(line.TrimEnd('\r'), c => char.IsControl(c)));
                }
                finally
                {
                    File.Delete(path);
                }
            },
            iter: 500,
            threads: 2,
            print: file => Text(file.Edits, file.Bomb));
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private static Regex Located(string path) => new("^" + Regex.Escape(path) + @":\d+:\d+: \S");

    private static string Plain(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>The sample with the edits applied; <paramref name="bomb"/> levels of nine aliases each defined at the top.</summary>
    private static string Text(Edit[] edits, int bomb)
    {
        var lines = Base.ToList();
        foreach (var edit in edits)
        {
            int at = Math.Min(edit.Line, lines.Count - 1);
            string line = lines[at];
            int colon = line.IndexOf(": ", StringComparison.Ordinal);
            string indent = line[..(line.Length - line.TrimStart().Length)];
            switch (edit.Kind)
            {
                case 0 or 1 when colon > 0:
                    lines[at] = line[..(colon + 2)] + edit.Value;
                    break;
                case 2:
                    lines.Insert(at, indent + "extra: " + edit.Value);
                    break;
                case 3:
                    lines.RemoveAt(at);
                    break;
                case 4:
                    lines.Insert(at, line);
                    break;
                default:
                    lines[at] = indent + edit.Value;
                    break;
            }
        }

        var text = new StringBuilder();
        for (int level = 1; level <= bomb; level++)
        {
            string item = level == 1 ? "lol" : $"*bomb{level - 1}";
            text.Append(CultureInfo.InvariantCulture, $"x{level}: &bomb{level} [{string.Join(", ", Enumerable.Repeat(item, 9))}]\n");
        }

        return text.Append(string.Join('\n', lines)).Append('\n').ToString();
    }

    private sealed record Edit(int Line, int Kind, string Value);
}
