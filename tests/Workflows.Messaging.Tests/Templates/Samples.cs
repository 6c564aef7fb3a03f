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

    public static MeetingInvitationModel Invitation => new(
        "Profijt",
        "Directieberaad",
        "Directies Profijt",
        At(2026, 10, 13, 15),
        At(2026, 10, 13, 17),
        "Het Element, Bergen op Zoom",
        Online: true,
        ["Opening en mededelingen", "Doorlopende leerlijn techniek"],
        new LocalDate(2026, 10, 6),
        "Marieke Bos");
}
