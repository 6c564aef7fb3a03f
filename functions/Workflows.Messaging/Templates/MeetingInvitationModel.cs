using NodaTime;

namespace Workflows.Messaging.Templates;

/// <summary>The invitation to one meeting occurrence (the body of the calendar event; its title is the short name).</summary>
/// <param name="AgendaItems">The fixed items plus whatever the chair added.</param>
/// <param name="RsvpBy">The day by which attendees are asked to answer.</param>
/// <param name="Documents">The meeting's documents ("stukken") with their signed download links; none: no such heading.</param>
public sealed record MeetingInvitationModel(
    MeetingVoice Voice,
    ZonedDateTime Start,
    ZonedDateTime End,
    string? Location,
    bool Online,
    IReadOnlyList<string> AgendaItems,
    LocalDate RsvpBy,
    string? ChairName = null,
    IReadOnlyList<DocumentLine>? Documents = null);
