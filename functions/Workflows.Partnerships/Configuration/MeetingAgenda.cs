namespace Workflows.Partnerships.Configuration;

/// <summary>The <c>agenda</c> of a meeting series.</summary>
/// <remarks>
/// <para><c>FixedItems</c>: Items on every agenda (e.g. "Nieuws binnen Profijt").</para>
/// <para><c>ChairReminderDays</c>: Days before the meeting the chair is asked for the agenda; null when nobody is asked.</para>
/// <para><c>UpdateWorkingDays</c>: Working days before the meeting the agenda update goes out when items were accepted after the invitation.</para>
/// </remarks>
public sealed record MeetingAgenda(IReadOnlyList<string> FixedItems, int? ChairReminderDays)
{
    /// <summary>A week of school: time to read the papers, and late enough to carry what came in after the invitation.</summary>
    public const int DefaultUpdateWorkingDays = 5;

    public static MeetingAgenda None { get; } = new([], null);

    public int UpdateWorkingDays { get; init; } = DefaultUpdateWorkingDays;
}
