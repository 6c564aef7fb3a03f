namespace Workflows.Partnerships.Configuration;

/// <summary>
/// How a series' messages address people (<c>tone</c> in the file). Both tones greet one person by first name
/// ("Beste Jan,") and a group by its name ("Beste leden van het directieberaad,"); the tone is in the verbs.
/// </summary>
public enum MeetingTone
{
    /// <summary>Formal: "u" in the verbs ("Wilt u …", "U hebt zich …").</summary>
    U,

    /// <summary>Informal: "je" in the verbs ("Wil je …", "Je hebt je …").</summary>
    Je,
}
