namespace Workflows.Messaging.Templates;

/// <summary>
/// How a sentence names a series from its configured name: the name itself when it names a meeting ("het
/// directieberaad", "het routeoverleg"), "de bijeenkomst van …" when it names a group that meets ("de klankbordgroep
/// decanen": one is invited to its meeting, not to the group).
/// </summary>
internal static class MeetingPhrases
{
    private static readonly string[] DutchMeetingNouns = ["beraad", "overleg", "vergadering", "bijeenkomst", "gesprek", "bespreking", "sessie", "meeting"];
    private static readonly string[] EnglishMeetingNouns = ["meeting", "council", "consultation", "session", "briefing", "review"];

    /// <summary>The name as it stands mid-sentence: "het directieberaad" (a capital article made small).</summary>
    public static string Name(MeetingVoice voice) => Article(voice.Name) is { } article
        ? article + voice.Name[article.Length..]
        : voice.Name;

    /// <summary>"het directieberaad" / "de bijeenkomst van de klankbordgroep decanen".</summary>
    public static string Meeting(MeetingVoice voice, MessageLanguage language)
    {
        string name = Name(voice);
        return NamesMeeting(name, language) || Article(name) is null
            ? name
            : language == MessageLanguage.English ? $"the meeting of {name}" : $"de bijeenkomst van {name}";
    }

    /// <summary>"het volgende directieberaad" / "de volgende bijeenkomst van de klankbordgroep decanen".</summary>
    public static string Next(MeetingVoice voice, MessageLanguage language)
    {
        string name = Name(voice);
        bool english = language == MessageLanguage.English;
        if (NamesMeeting(name, language) && Article(name) is { } article)
        {
            string next = english ? "next" : "volgende";
            return $"{article}{next} {name[article.Length..]}";
        }

        return english ? $"the next meeting of {name}" : $"de volgende bijeenkomst van {name}";
    }

    /// <summary>"leden van het directieberaad" / "members of the steering group".</summary>
    public static string Members(MeetingVoice voice, MessageLanguage language) =>
        language == MessageLanguage.English ? $"members of {Name(voice)}" : $"leden van {Name(voice)}";

    /// <summary>The first letter as a capital, for a name that opens a sentence.</summary>
    public static string Capital(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>"Hilde, Wim en Carla" / "Hilde, Wim and Carla".</summary>
    public static string Join(IReadOnlyList<string> names, MessageLanguage language) => names.Count switch
    {
        0 => string.Empty,
        1 => names[0],
        _ => $"{string.Join(", ", names.Take(names.Count - 1))} {(language == MessageLanguage.English ? "and" : "en")} {names[^1]}",
    };

    // "het ", "de " or "the " as written at the start, lower-cased; null when the name has no article (a bare title).
    private static string? Article(string name)
    {
        foreach (var article in (string[])["het ", "de ", "the "])
        {
            if (name.StartsWith(article, StringComparison.OrdinalIgnoreCase))
            {
                return article;
            }
        }

        return null;
    }

    private static bool NamesMeeting(string name, MessageLanguage language)
    {
        var nouns = language == MessageLanguage.English ? EnglishMeetingNouns : DutchMeetingNouns;
        return name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries)
            .Any(word => nouns.Any(noun => word.EndsWith(noun, StringComparison.OrdinalIgnoreCase)));
    }
}
