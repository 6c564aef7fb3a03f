using System.Globalization;
using System.Text;

namespace Workflows.Host.Api.Documents;

/// <summary>
/// The name a document is stored and downloaded under. It comes from the uploader's machine, so it is cleaned the
/// same way for every use: the last path segment only (some browsers send <c>C:\Users\…\verslag.pdf</c>), Unicode
/// NFC, no control or format characters (a right-to-left override makes <c>verslag‮fdp.exe</c> look like a pdf),
/// none of the characters Windows refuses in names, no leading or trailing dots and spaces, runs of white space as
/// one space, and no reserved device name (CON, NUL, COM1, …) as the stem.
/// </summary>
internal static class DocumentFileName
{
    /// <summary>Longer names are refused, not cut: a cut name could lose its extension or its meaning.</summary>
    public const int MaxLength = 200;

    private static readonly string[] ReservedStems =
    [
        "CON", "PRN", "AUX", "NUL",
        "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    ];

    /// <summary>The cleaned name, or null (with <paramref name="error"/>, Dutch) when nothing usable is left or it is too long.</summary>
    public static string? Sanitize(string? raw, out string? error)
    {
        error = null;
        if (string.IsNullOrWhiteSpace(raw))
        {
            error = "De bestandsnaam ontbreekt.";
            return null;
        }

        // Bounded before any work: the body limit allows megabytes of name.
        if (raw.Length > MaxLength * 4)
        {
            error = string.Create(CultureInfo.InvariantCulture, $"De bestandsnaam is te lang: hoogstens {MaxLength} tekens.");
            return null;
        }

        string name = raw.Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        try
        {
            name = name.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            // A lone surrogate: not text. Cleaned below like any other unusable character.
        }

        var cleaned = new StringBuilder(name.Length);
        bool space = false;
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (char.IsHighSurrogate(c) && i + 1 < name.Length && char.IsLowSurrogate(name[i + 1]))
            {
                cleaned.Append(c).Append(name[++i]);
                space = false;
                continue;
            }

            var category = char.GetUnicodeCategory(c);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
                or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                if (!space)
                {
                    cleaned.Append(' ');
                }

                space = true;
                continue;
            }

            cleaned.Append(c is '<' or '>' or ':' or '"' or '|' or '?' or '*' ? '_' : c);
            space = false;
        }

        // Leading dots would make a hidden file (".pdf" has no name at all), trailing ones are dropped by Windows.
        name = cleaned.ToString().Trim(' ').TrimEnd('.', ' ');
        int dot = name.LastIndexOf('.');
        string stem = (dot < 0 ? name : name[..dot]).Trim(' ', '.');
        if (stem.Length == 0)
        {
            error = "De bestandsnaam is leeg of bestaat alleen uit tekens die niet in een bestandsnaam horen.";
            return null;
        }

        if (ReservedStems.Contains(stem.Split('.')[0], StringComparer.OrdinalIgnoreCase))
        {
            stem = "_" + stem;
        }

        name = dot < 0 ? stem : stem + name[dot..];
        if (name.Length > MaxLength)
        {
            error = string.Create(CultureInfo.InvariantCulture, $"De bestandsnaam is te lang: {name.Length} tekens, hoogstens {MaxLength}.");
            return null;
        }

        return name;
    }
}
