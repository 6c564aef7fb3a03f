using NodaTime;

namespace Workflows.Host.Api.Config;

/// <summary>"Today" for validation and planning: the date in Europe/Amsterdam, as for the CLI.</summary>
internal static class AmsterdamToday
{
    private static readonly DateTimeZone Amsterdam = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];

    public static LocalDate From(TimeProvider time) => Instant.FromDateTimeOffset(time.GetUtcNow()).InZone(Amsterdam).Date;
}
