using Workflows.Messaging;

namespace Workflows.Orchestrations.Reviews;

/// <summary>
/// Input of one year of a convenant's bestuur talk (instance <c>review:{partnership}:{convenant}</c>).
/// </summary>
/// <param name="Year">The year whose talk this execution plans; null on the first start (this year's, or next year's when it is past).</param>
/// <param name="SentAlerts">Expiry alerts already sent (<c>{validUntil}@{date}</c>), carried from year to year.</param>
/// <param name="NotBefore">When the orchestration first started: alerts due before that are not sent late.</param>
/// <param name="Event">The talk's calendar event already sent, when a failed year is restarted (nobody is invited twice).</param>
public sealed record ReviewInput(ConvenantSnapshot Convenant, int? Year = null, IReadOnlyList<string>? SentAlerts = null, DateTimeOffset? NotBefore = null, CalendarEventRef? Event = null);
