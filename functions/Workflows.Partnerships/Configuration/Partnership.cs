using Workflows.Partnerships.Calendar;

namespace Workflows.Partnerships.Configuration;

/// <summary>The <c>partnership</c> section.</summary>
/// <remarks>
/// <para><c>TimeZone</c>: A TZDB id; the loader has checked that NodaTime knows it.</para>
/// <para><c>Organizer</c>: The mailbox invitations are sent from.</para>
/// <para><c>Coordinators</c>: Person ids.</para>
/// </remarks>
public sealed record Partnership(
    string Id,
    string Name,
    string TimeZone,
    SchoolRegion SchoolRegion,
    Language Language,
    string Organizer,
    IReadOnlyList<string> Coordinators)
{
    public const string DefaultTimeZone = "Europe/Amsterdam";
}
