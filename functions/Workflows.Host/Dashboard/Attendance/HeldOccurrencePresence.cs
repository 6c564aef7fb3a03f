using NodaTime;

namespace Workflows.Host.Dashboard.Attendance;

/// <summary>
/// One held occurrence on the Attendance tab: the organizations invited to it, which of them count as present, and
/// whether a coordinator confirmed that (else it is who had accepted: "niet bevestigd").
/// </summary>
/// <param name="Invited">Organization ids invited, in the configuration's order.</param>
/// <param name="Present">Of those, the ones present: confirmed, or with at least one acceptance when not confirmed.</param>
internal sealed record HeldOccurrencePresence(LocalDate Date, IReadOnlyList<string> Invited, IReadOnlySet<string> Present, bool Confirmed);
