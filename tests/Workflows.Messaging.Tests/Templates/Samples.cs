using NodaTime;
using Workflows.Messaging.Templates;

namespace Workflows.Messaging.Tests.Templates;

/// <summary>Models as the workflows would fill them (names from DOMAIN.md's partnerships).</summary>
internal static class Samples
{
    private static readonly DateTimeZone Amsterdam = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];

    public static ZonedDateTime At(int year, int month, int day, int hour) =>
        new LocalDateTime(year, month, day, hour, 0).InZoneStrictly(Amsterdam);

    public static SubsidyActionLinks Links { get; } = new(
        new Uri("https://wf.example.nl/api/actions/subsidy?round=sto&who=p1&answer=apply&sig=abc%2Bdef"),
        new Uri("https://wf.example.nl/api/actions/subsidy?round=sto&who=p1&answer=decline&sig=xyz"));

    /// <summary>Profijt's directieberaad: je, signed by both coordinators.</summary>
    public static MeetingVoice Directieberaad { get; } = new("Profijt", "het directieberaad", "Directieberaad Profijt", Informal: true, ["Hilde Voskamp", "Wim Heijink"]);

    /// <summary>An English-speaking partnership's series, for the English texts.</summary>
    public static MeetingVoice SteeringGroup { get; } = new("Profijt", "the steering group", "Steering group Profijt", Informal: true, ["Hilde Voskamp", "Wim Heijink"]);

    public static MeetingInvitationModel Invitation => new(
        Directieberaad,
        At(2026, 11, 17, 15),
        At(2026, 11, 17, 17),
        "Berkel College Eibergen, vergaderzaal",
        Online: true,
        ["Opening en mededelingen", "Nieuws binnen Profijt"],
        new LocalDate(2026, 11, 10),
        "Hilde Voskamp");
}
