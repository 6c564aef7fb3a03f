using NodaTime;

namespace Workflows.Partnerships.Scheduling;

/// <summary>
/// A meeting that takes place, with the working days on which its invitation goes out, its RSVP
/// deadline falls and its chair is reminded of the agenda.
/// </summary>
public sealed record MeetingOccurrence(
    LocalDate Date,
    ZonedDateTime Start,
    ZonedDateTime End,
    LocalDate InviteOn,
    LocalDate RsvpBy,
    LocalDate ChairReminderOn);
