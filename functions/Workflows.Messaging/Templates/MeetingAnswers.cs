namespace Workflows.Messaging.Templates;

/// <summary>The answers to an invitation as the coordinators read them: counts, and who declined (with comments) or did not answer.</summary>
/// <param name="Tentative">How many answered "onder voorbehoud".</param>
public sealed record MeetingAnswers(
    int Invited,
    int Accepted,
    int Tentative,
    IReadOnlyList<TurnoutPerson> Decliners,
    IReadOnlyList<TurnoutPerson> NoResponse);
