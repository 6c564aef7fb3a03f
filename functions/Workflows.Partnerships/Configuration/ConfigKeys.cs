namespace Workflows.Partnerships.Configuration;

/// <summary>
/// The keys each mapping of the configuration file may have. <see cref="ConfigReader"/> reads with these lists and
/// refuses any other key; the tests hold docs/partnership.schema.json and docs/configuration.md to the same lists
/// (<see cref="ByPath"/>), so a key added here that the schema or the reference lacks fails a test instead of going
/// unmentioned.
/// </summary>
internal static class ConfigKeys
{
    public static IReadOnlyList<string> Root { get; } =
        ["partnership", "organizations", "people", "groups", "meetings", "subsidyRounds", "convenants", "calendar"];

    public static IReadOnlyList<string> Partnership { get; } =
        ["id", "name", "timeZone", "schoolRegion", "language", "organizer", "coordinators"];

    public static IReadOnlyList<string> Organization { get; } = ["id", "name", "kind", "board"];

    public static IReadOnlyList<string> Person { get; } = ["id", "name", "email", "organization", "roles"];

    public static IReadOnlyList<string> Group { get; } = ["id", "name", "members", "chair"];

    public static IReadOnlyList<string> Meeting { get; } =
    [
        "id", "group", "title", "recurrence", "start", "time", "location", "online", "holidays",
        "name", "shortName", "tone",
        "inviteLeadDays", "rsvpDeadlineDays", "agenda", "quorum", "lowTurnout",
        "minAnswerWorkingDays", "minReminderWorkingDays",
    ];

    public static IReadOnlyList<string> Agenda { get; } = ["fixedItems", "chairReminderDays", "updateWorkingDays"];

    public static IReadOnlyList<string> Quorum { get; } = ["requireKinds", "minAccepted", "require", "onMissing", "countCoordinators"];

    public static IReadOnlyList<string> SubsidyRound { get; } =
        ["id", "title", "funder", "deadline", "audience", "reminders", "url", "shareApplications"];

    public static IReadOnlyList<string> Convenant { get; } =
        ["id", "vmbo", "mbo", "crebos", "pricePerHour", "hours", "validUntil", "review"];

    public static IReadOnlyList<string> Review { get; } = ["month", "participants", "leadDays"];

    public static IReadOnlyList<string> Calendar { get; } =
        ["extraClosedDays", "holidays", "includeGoodFriday", "liberationDay", "fridayAfterAscension"];

    public static IReadOnlyList<string> Holiday { get; } = ["name", "from", "to"];

    /// <summary>
    /// Every mapping with fixed keys, by where it sits: <c>""</c> for the document, <c>meetings[]</c> for an entry of
    /// <c>meetings</c>, <c>meetings[].agenda</c> for its agenda. (<c>convenants[].hours</c> is not here: its names are
    /// the file's own.)
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> ByPath { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        [string.Empty] = Root,
        ["partnership"] = Partnership,
        ["organizations[]"] = Organization,
        ["people[]"] = Person,
        ["groups[]"] = Group,
        ["meetings[]"] = Meeting,
        ["meetings[].agenda"] = Agenda,
        ["meetings[].quorum"] = Quorum,
        ["subsidyRounds[]"] = SubsidyRound,
        ["convenants[]"] = Convenant,
        ["convenants[].review"] = Review,
        ["calendar"] = Calendar,
        ["calendar.holidays[]"] = Holiday,
    };
}
