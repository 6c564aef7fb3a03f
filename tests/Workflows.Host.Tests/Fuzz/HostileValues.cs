using System.Globalization;
using System.Text;
using CsCheck;

namespace Workflows.Host.Tests.Fuzz;

/// <summary>
/// Generators of the values an attacker or a broken client sends: control characters (NUL, CR/LF), very long and
/// unicode strings, extreme numbers and dates, wrong JSON types, deep nesting.
/// </summary>
internal static class HostileValues
{
    private static readonly string[] Fixed =
    [
        string.Empty, " ", "\0", "a\0b", "\r\n", "line\r\nX-Injected: 1", "Evil\";ROLE=CHAIR\r\nX-INJ: 1", "\t", "\u001b[31m",
        "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "'; DROP TABLE x;--", "../../etc/passwd", "..", "%00", "%2e%2e%2f",
        "\u202Egnp.exe", "\uFEFF", "\u200B", "ë", "Ærø Ŝţŕîñğ", "😀👩‍👩‍👧", "\uD800", "\uDFFF", "null", "true", "{}", "[]", "NaN", "Infinity", "-0",
        "1e309", "-1", "0", "9223372036854775808", "-9223372036854775809", "4611686018427387904", "99999999999999999999999999999",
        "0001-01-01", "9999-12-31", "2026-02-30", "2026-13-40", "+275760-09-13", "-0001-01-01", "2026-9-15", "20260915", "15-09-2026",
        "2026-09-15T14:00:00Z", "24:00", "25:61", "23:59:60", "-01:00", "http://evil.example/", "javascript:alert(1)", "mailto:a@b\r\nBcc: x",
        "${jndi:ldap://x}", "{{7*7}}", "%s%s%s%n", "\\", "\"", "'", "`", "&amp;", "a\u0085b", "\u2028\u2029",
    ];

    private const string Alphabet = "abcXYZ019 -_.:/\\\"'<>&%#?=+@{}[],;\r\n\t\0\u0001\u007F\u0085éßŁ€😀\u200B\u202E\uFEFF";

    /// <summary>A hostile text: a fixed trick, random characters (many controls), or a very long text.</summary>
    public static readonly Gen<string> Text = Gen.Frequency(
        (6, Gen.OneOf<string>(Fixed)),
        (3, Gen.Char[Alphabet].Array[0, 40].Select(chars => new string(chars))),
        (2, Gen.Char['\0', '\u001f'].Array[1, 8].Select(chars => "x" + new string(chars) + "y")),
        (2, Gen.Select(Gen.Int[201, 120_000], Gen.OneOf<string>("x", "é", "😀", "ab\r\n", "\0"), (n, unit) => Repeat(unit, n))));

    /// <summary>A text longer than any limit (a 40 000-character reason once failed a cycle's timeline write).</summary>
    public static readonly Gen<string> LongText = Gen.Select(Gen.Int[2_001, 100_000], Gen.OneOf<string>("x", "é", "😀", "Studiedag. "), (n, unit) => Repeat(unit, n));

    /// <summary>Dates as a route or field carries them: valid-looking, out of range, not dates at all.</summary>
    public static readonly Gen<string> Date = Gen.Frequency(
        (4, Gen.OneOf<string>("0001-01-01", "9999-12-31", "2026-02-30", "2026-13-40", "2027-01-20", "2025-09-15", "2026-08-01", "2036-08-01",
            "2026-9-15", "20260915", "+275760-09-13", "-0001-01-01", "2026-09-15T00:00", "2026-09-15\0", "2026-09-15\r\n", " 2026-09-15", "١٢٣٤-٠٩-١٥")),
        (3, Gen.Select(Gen.Int[2026, 2028], Gen.Int[1, 12], Gen.Int[1, 28], (y, m, d) => new DateTime(y, m, d, 0, 0, 0, DateTimeKind.Unspecified).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))),
        (1, Text));

    /// <summary>Times of day, good and bad.</summary>
    public static readonly Gen<string> Time = Gen.Frequency(
        (3, Gen.OneOf<string>("14:00", "09:30", "16:00", "00:00", "23:59")),
        (2, Gen.OneOf<string>("24:00", "25:61", "-01:00", "14", "14:00:00", "2pm", "14:00\r\n", "23:59:60.9999999")),
        (1, Text));

    /// <summary>A JSON number's text, including those no .NET number holds.</summary>
    public static readonly Gen<string> Number = Gen.OneOf<string>(
        "0", "-1", "1.5", "-0", "1e400", "-1e400", "9223372036854775808", "-9223372036854775809", "4611686018427387904", "-4611686018427387904",
        "2147483648", "18446744073709551616", "1" + new string('0', 400), "0.0000000000000000000000000000001");

    private static readonly Gen<string> Scalar = Gen.Frequency(
        (4, Text.Select(Quote)),
        (2, Number),
        (1, Gen.OneOf<string>("true", "false", "null")));

    /// <summary>Any JSON value as text: strings, numbers, booleans, null, arrays, objects, deep nesting.</summary>
    public static readonly Gen<string> Json = Gen.Recursive<string>((depth, self) => depth >= 2
        ? Scalar
        : Gen.Frequency(
            (6, Scalar),
            (1, self.Array[0, 4].Select(items => "[" + string.Join(",", items) + "]")),
            (1, Gen.Select(Gen.OneOf<string>("a", "reason", "date", "__proto__", string.Empty), self, (k, v) => "{" + Quote(k) + ":" + v + "}")),
            (1, Gen.Int[65, 3000].Select(n => new string('[', n) + new string(']', n)))));

    /// <summary>A string as a JSON string literal (every non-ASCII character escaped, so lone surrogates survive as \uD800).</summary>
    public static string Quote(string value)
    {
        var text = new StringBuilder("\"");
        foreach (char c in value)
        {
            text.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                < ' ' or > '~' => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return text.Append('"').ToString();
    }

    private static string Repeat(string unit, int length)
    {
        var text = new StringBuilder(length + unit.Length);
        while (text.Length < length)
        {
            text.Append(unit);
        }

        return text.ToString();
    }
}
