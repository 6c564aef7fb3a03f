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
        ("ignore", HolidayPolicy.Ignore));

    public static string ToKeyword(OrganizationKind kind) => OrganizationKinds.ToKeyword(kind);

    public static string ToKeyword(SchoolRegion region) => SchoolRegions.ToKeyword(region);

    public static string ToKeyword(Language language) => Languages.ToKeyword(language);

    public static string ToKeyword(HolidayPolicy policy) => HolidayPolicies.ToKeyword(policy);

    public static bool TryParseOrganizationKind(string text, out OrganizationKind kind) =>
        OrganizationKinds.TryParse(text, out kind);

    internal static KeywordTable<QuorumOnMissing> OnMissing { get; } = new(
        "onMissing value",
        ("ask", QuorumOnMissing.Ask),
        ("hold", QuorumOnMissing.Hold),
        ("cancel", QuorumOnMissing.Cancel));

    public static string ToKeyword(QuorumOnMissing onMissing) => OnMissing.ToKeyword(onMissing);
}
