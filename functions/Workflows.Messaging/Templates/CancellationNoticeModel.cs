namespace Workflows.Messaging.Templates;

/// <summary>The coordinators' copy of a cancellation: the same facts, plus the answers with the decliners' comments.</summary>
/// <param name="CoordinatorFirstNames">Whom the greeting names ("Hilde", "Wim").</param>
/// <param name="AttendeesTold">Whether the members had an invitation that is now cancelled (false: nobody was invited yet).</param>
/// <param name="Answers">The answers at the moment of cancelling, when known.</param>
public sealed record CancellationNoticeModel(
    MeetingCancellationModel Meeting,
    IReadOnlyList<string> CoordinatorFirstNames,
    bool AttendeesTold,
    MeetingAnswers? Answers = null);
