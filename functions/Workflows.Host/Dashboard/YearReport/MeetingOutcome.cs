using NodaTime;
using Workflows.Host.Dashboard.Overview;

namespace Workflows.Host.Dashboard.YearReport;

/// <summary>One occurrence's outcome as the report lists it: held (with its times), cancelled or skipped (with the reason).</summary>
/// <param name="Kind"><see cref="HeldKind"/>, <see cref="CancelledKind"/> or <see cref="SkippedKind"/> (the page's <c>data-outcome</c>).</param>
internal sealed record MeetingOutcome(LocalDate Date, string Kind, HeldOccurrence? Held, string? Reason)
{
    public const string HeldKind = "held";
    public const string CancelledKind = "cancelled";
    public const string SkippedKind = "skipped";

    /// <summary>A series' outcomes by date.</summary>
    public static IReadOnlyList<MeetingOutcome> Of(SeriesYear series)
    {
        ArgumentNullException.ThrowIfNull(series);
        return [.. series.Held.Select(h => new MeetingOutcome(h.Date, HeldKind, h, null))
            .Concat(series.NotHeld.Select(c => new MeetingOutcome(c.Date, c.Skipped ? SkippedKind : CancelledKind, null, string.IsNullOrWhiteSpace(c.Reason) ? null : c.Reason.Trim())))
            .OrderBy(o => o.Date)];
    }
}
