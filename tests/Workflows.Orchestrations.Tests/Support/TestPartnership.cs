using NodaTime;
using Workflows.Orchestrations.Meetings;
using Workflows.Orchestrations.Reviews;
using Workflows.Orchestrations.Subsidies;
using Workflows.Partnerships.Configuration;

namespace Workflows.Orchestrations.Tests.Support;

/// <summary>The partnership of Support/partnership.yaml, loaded by the real loader, and its resolved snapshots.</summary>
internal static class TestPartnership
{
    public const string Id = "proef";

    public static readonly DateTimeZone Amsterdam = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];

    public static PartnershipConfig Config(Func<string, string>? edit = null)
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Support", "partnership.yaml");
        string yaml = File.ReadAllText(path);
        var result = PartnershipConfigLoader.Parse(edit is null ? yaml : edit(yaml), path, new LocalDate(2026, 9, 1));
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        return result.Config!;
    }

    public static SeriesSnapshot Series(PartnershipConfig? config = null)
    {
        config ??= Config();
        return SeriesSnapshots.Create(config, config.Meetings.Single());
    }

    public static SubsidyRoundSnapshot Round(PartnershipConfig? config = null)
    {
        config ??= Config();
        return SubsidyRoundSnapshots.Create(config, config.SubsidyRounds.Single());
    }

    public static ConvenantSnapshot Convenant(PartnershipConfig? config = null)
    {
        config ??= Config();
        return ConvenantSnapshots.Create(config, config.Convenants.Single());
    }

    /// <summary>Amsterdam wall-clock time as an instant.</summary>
    public static DateTimeOffset At(int year, int month, int day, int hour, int minute = 0) =>
        Amsterdam.AtStrictly(new LocalDateTime(year, month, day, hour, minute)).ToDateTimeOffset();
}
