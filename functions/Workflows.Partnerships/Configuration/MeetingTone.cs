namespace Workflows.Partnerships.Configuration;

/// <summary>How a series' messages address people (<c>tone</c> in the file).</summary>
public enum MeetingTone
{
    /// <summary>Formal: "u", greeting by the group's name ("Beste leden van het directieberaad").</summary>
    U,

    /// <summary>Informal: "je", greeting by first name.</summary>
    Je,
}
