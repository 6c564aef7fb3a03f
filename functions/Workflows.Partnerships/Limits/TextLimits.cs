using System.Globalization;

namespace Workflows.Partnerships.Limits;

/// <summary>
/// The one set of limits on text a user gives: in the configuration file, the API, the dashboard's forms and the
/// links. Every field is held to one of these at the edge, so a value that passes never fails a workflow further on
/// (a 100 000-character reason once failed the timeline's 32K table property and with it an eternal cycle; a CR/LF
/// in a name once became a content line of its own in an invitation's .ics).
/// </summary>
public static class TextLimits
{
    /// <summary>Ids of the partnership, series, groups, organizations, rounds and convenants.</summary>
    public const int Id = 64;

    /// <summary>Names of people and organizations.</summary>
    public const int Name = 200;

    /// <summary>Titles of meetings, work groups, subsidy rounds, funders.</summary>
    public const int Title = 200;

    /// <summary>A meeting's location (an address, a room, or an online meeting link).</summary>
    public const int Location = 500;

    /// <summary>An e-mail address (RFC 5321's path limit).</summary>
    public const int Email = 254;

    /// <summary>A web address (a subsidy scheme's page).</summary>
    public const int Url = 2000;

    /// <summary>One line of free text: an agenda item, an agreed change.</summary>
    public const int Line = 500;

    /// <summary>A reason or comment a coordinator or invitee writes (cancel, move, decline, a review's summary).</summary>
    public const int Text = 2000;

    /// <summary>
    /// Null when <paramref name="value"/> fits; otherwise why not, in Dutch or English, naming the field as
    /// <paramref name="field"/> (the caller's own name: a JSON member, a form label, a YAML path).
    /// </summary>
    /// <param name="multiline">Line breaks and tabs are allowed (reasons, comments); single-line fields refuse them.</param>
    public static string? Check(string value, string field, int maxLength, bool multiline = false, bool english = false)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length > maxLength)
        {
            return english
                ? string.Create(CultureInfo.InvariantCulture, $"{field} is too long: {value.Length} characters, at most {maxLength}.")
                : string.Create(CultureInfo.InvariantCulture, $"{field} is te lang: {value.Length} tekens, hoogstens {maxLength}.");
        }

        int bad = IndexOfForbidden(value, multiline);
        if (bad >= 0)
        {
            string code = string.Create(CultureInfo.InvariantCulture, $"U+{(int)value[bad]:X4}");
            return english
                ? $"{field} contains a control character ({code}) at position {bad + 1}{(multiline ? string.Empty : "; it must be one line")}."
                : $"{field} bevat een stuurteken ({code}) op positie {bad + 1}{(multiline ? string.Empty : "; de tekst moet op één regel staan")}.";
        }

        return null;
    }

    /// <summary>
    /// <paramref name="text"/> at most <paramref name="max"/> characters long, an ellipsis marking a cut; never half of a
    /// surrogate pair. For texts that are kept cut rather than refused (the timeline's reasons, a failed step's message).
    /// </summary>
    public static string Cut(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 2);
        if (text.Length <= max)
        {
            return text;
        }

        int cut = char.IsHighSurrogate(text[max - 2]) ? max - 2 : max - 1;
        return string.Concat(text.AsSpan(0, cut), "…");
    }

    /// <summary>True when <paramref name="value"/> fits (see <see cref="Check"/>).</summary>
    public static bool Fits(string value, int maxLength, bool multiline = false)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Length <= maxLength && IndexOfForbidden(value, multiline) < 0;
    }

    /// <summary>
    /// The first character that does not belong in user text: C0 and C1 control characters (line breaks and tabs only
    /// where <paramref name="multiline"/>), the Unicode line and paragraph separators, and lone surrogates (which
    /// cannot be encoded as UTF-8 and so not be stored or mailed).
    /// </summary>
    public static int IndexOfForbidden(string value, bool multiline = false)
    {
        ArgumentNullException.ThrowIfNull(value);
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
                continue;
            }

            bool allowedBreak = multiline && c is '\n' or '\r' or '\t';
            if ((char.IsControl(c) && !allowedBreak) || c is '\u2028' or '\u2029' || char.IsSurrogate(c))
            {
                return i;
            }
        }

        return -1;
    }
}
