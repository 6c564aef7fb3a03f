using Workflows.Partnerships.Calendar;
using Workflows.Partnerships.Scheduling;

namespace Workflows.Partnerships.Configuration;

/// <summary>The words the configuration file uses for enum values, for messages and for writing files back.</summary>
public static class ConfigKeywords
{
    internal static KeywordTable<OrganizationKind> OrganizationKinds { get; } = new(
        "kind",
        ("vmbo", OrganizationKind.Vmbo),
        ("mbo", OrganizationKind.Mbo),
        ("hbo", OrganizationKind.Hbo),
        ("vso", OrganizationKind.Vso),
        ("pro", OrganizationKind.Pro),
        ("havo-vwo", OrganizationKind.HavoVwo));

    internal static KeywordTable<SchoolRegion> SchoolRegions { get; } = new(
        "school region",
        ("noord", SchoolRegion.Noord),
        ("midden", SchoolRegion.Midden),
        ("zuid", SchoolRegion.Zuid));

    internal static KeywordTable<Language> Languages { get; } = new(
        "language",
        ("nl", Language.Nl),
        ("en", Language.En));

    internal static KeywordTable<HolidayPolicy> HolidayPolicies { get; } = new(
        "holiday policy",
        ("skip", HolidayPolicy.Skip),
        ("next-week", HolidayPolicy.NextWeek),
        ("previous-week", HolidayPolicy.PreviousWeek),
        ("ignore", HolidayPolicy.Ignore));

    internal static KeywordTable<LiberationDayRule> LiberationDays { get; } = new(
        "Bevrijdingsdag rule",
        ("lustrum", LiberationDayRule.Lustrum),
        ("always", LiberationDayRule.Always),
        ("never", LiberationDayRule.Never));

    public static string ToKeyword(OrganizationKind kind) => OrganizationKinds.ToKeyword(kind);

    public static string ToKeyword(SchoolRegion region) => SchoolRegions.ToKeyword(region);

    public static string ToKeyword(Language language) => Languages.ToKeyword(language);

    public static string ToKeyword(HolidayPolicy policy) => HolidayPolicies.ToKeyword(policy);

    public static string ToKeyword(LiberationDayRule rule) => LiberationDays.ToKeyword(rule);

    public static bool TryParseHolidayPolicy(string text, out HolidayPolicy policy) =>
        HolidayPolicies.TryParse(text, out policy);

    public static bool TryParseLiberationDay(string text, out LiberationDayRule rule) =>
        LiberationDays.TryParse(text, out rule);

    public static bool TryParseOrganizationKind(string text, out OrganizationKind kind) =>
        OrganizationKinds.TryParse(text, out kind);

    internal static KeywordTable<QuorumOnMissing> OnMissing { get; } = new(
        "onMissing value",
        ("ask", QuorumOnMissing.Ask),
        ("hold", QuorumOnMissing.Hold),
        ("cancel", QuorumOnMissing.Cancel));

    public static string ToKeyword(QuorumOnMissing onMissing) => OnMissing.ToKeyword(onMissing);

    internal static KeywordTable<MeetingTone> Tones { get; } = new("tone", ("u", MeetingTone.U), ("je", MeetingTone.Je));
}
