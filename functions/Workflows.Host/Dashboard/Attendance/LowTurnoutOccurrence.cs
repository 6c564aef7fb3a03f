using NodaTime;
using Workflows.Orchestrations.Meetings;

namespace Workflows.Host.Dashboard.Attendance;

/// <summary>A held occurrence at which one organization's turnout was below the threshold, with who declined and why.</summary>
internal sealed record LowTurnoutOccurrence(LocalDate Date, int Invited, int Attended, int Declined, IReadOnlyList<DeclineComment> Declines)
{
    public double Rate => Invited == 0 ? 0 : (double)Attended / Invited;
}
