namespace Workflows.Partnerships.Rules;

/// <summary>
/// How many invitees accepted, whether that is low, and who declined (with their comments) or did
/// not answer, so coordinators can find out why.
/// </summary>
public sealed record TurnoutResult(
    int Invited,
    int Accepted,
    double Ratio,
    bool IsLow,
    IReadOnlyList<Attendance> Decliners,
    IReadOnlyList<Attendance> NoResponse);
