using NodaTime;

namespace Workflows.Partnerships.Configuration;

/// <summary>An entry of <c>subsidyRounds</c>.</summary>
/// <remarks>
/// <para><c>Audience</c>: Selectors of the people alerted.</para>
/// <para><c>Reminders</c>: Days before the deadline a reminder goes out, as written (default 30, 14, 7, 1).</para>
/// <para><c>ShareApplications</c>: Whether schools' applications are shared with each other.</para>
/// <para><c>DeadlineTime</c>: The time of day on <c>Deadline</c> the round closes (local time), or null when the whole
/// day counts (it closes at the start of the next day); see <see cref="SubsidyDeadline"/>.</para>
/// </remarks>
public sealed record SubsidyRound(
    string Id,
    string Title,
    string Funder,
    LocalDate Deadline,
    IReadOnlyList<string> Audience,
    IReadOnlyList<int> Reminders,
    Uri? Url,
    bool ShareApplications,
    LocalTime? DeadlineTime = null)
{
    public static IReadOnlyList<int> DefaultReminders { get; } = [30, 14, 7, 1];
}
