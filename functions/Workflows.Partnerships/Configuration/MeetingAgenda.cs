namespace Workflows.Partnerships.Configuration;

/// <summary>The <c>agenda</c> of a meeting series.</summary>
/// <remarks>
/// <para><c>FixedItems</c>: Items on every agenda (e.g. "Nieuws binnen Profijt").</para>
/// <para><c>ChairReminderDays</c>: Days before the meeting the chair is asked for the agenda; null when nobody is asked.</para>
/// </remarks>
public sealed record MeetingAgenda(IReadOnlyList<string> FixedItems, int? ChairReminderDays)
{
    public static MeetingAgenda None { get; } = new([], null);
}
