using System.Globalization;
using NodaTime;
using Workflows.Orchestrations.Meetings;
using Workflows.Orchestrations.Reviews;
using Workflows.Orchestrations.Subsidies;

namespace Workflows.Orchestrations;

/// <summary>
/// The readable part of an outbox file's name (<see cref="Workflows.Messaging.MessageLabels.FileLabel"/>): the
/// local date the message is about (the meeting's or talk's date, else the day it is sent), the series, round or
/// convenant id, what the message is in the partnership's language, and for a message to one person their id
/// (<c>2026-11-17 directieberaad uitnodiging</c>, <c>2027-05-14 techniek-achterhoek-2027 herinnering sanne-kamphuis</c>).
/// Coordinators read these names in a simulation's <c>outbox/</c>; every part comes from the step's input, so a
/// retried step names its file the same.
/// </summary>
internal static class OutboxFileLabels
{
    public static string Of(string date, string? subject, string kind, bool english, string? person = null) =>
        string.Join(' ', new[] { date, subject, What(kind, english), person }.Where(part => !string.IsNullOrWhiteSpace(part)));

    /// <summary>The local date (yyyy-MM-dd) of a moment in an IANA zone; the UTC date when the zone is unknown.</summary>
    public static string Date(DateTimeOffset at, string? timeZone) =>
        (timeZone is not null && DateTimeZoneProviders.Tzdb.GetZoneOrNull(timeZone) is { } zone
            ? Instant.FromDateTimeOffset(at).InZone(zone).Date
            : LocalDate.FromDateTime(at.UtcDateTime))
        .ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>What the message is, in a few words without capitals or punctuation; an unknown kind is its code.</summary>
    public static string What(string kind, bool english) => kind switch
    {
        MeetingEvents.AgendaRequested => english ? "agenda request" : "agendapunten gevraagd",
        MeetingEvents.Invited or ReviewEvents.Invited => english ? "invitation" : "uitnodiging",
        MeetingEvents.Updated => english ? "invitation updated" : "uitnodiging bijgewerkt",
        MeetingEvents.Moved or ReviewEvents.Rescheduled => english ? "moved" : "verplaatst",
        MeetingEvents.Reminded or SubsidyEvents.Reminded or ReviewEvents.Reminded => english ? "reminder" : "herinnering",
        MeetingEvents.AtRisk => english ? "go ahead or cancel" : "doorgaan of afgelasten",
        MeetingEvents.Confirmed => english ? "confirmation" : "bevestiging",
        MeetingEvents.Cancelled => english ? "cancelled" : "afgelast",
        MeetingEvents.LowTurnout => english ? "low turnout" : "weinig aanmeldingen",
        MeetingEvents.MinutesSent => english ? "minutes" : "verslag",
        MeetingEvents.ActionItemReminded => english ? "action item reminder" : "herinnering actiepunt",
        SubsidyEvents.Announced => english ? "announcement" : "aankondiging",
        SubsidyEvents.ApplicationShared => english ? "application reported" : "aanvraag gemeld",
        SubsidyEvents.ApplicationWithdrawn => english ? "application withdrawn" : "toch geen aanvraag",
        SubsidyEvents.Closed => english ? "summary" : "overzicht",
        SubsidyEvents.Withdrawn => english ? "withdrawn" : "ingetrokken",
        ReviewEvents.Declined => english ? "declined" : "afgemeld",
        ReviewEvents.OutcomeMissing => english ? "outcome requested" : "uitkomst gevraagd",
        ReviewEvents.Expiring => english ? "expires" : "loopt af",
        WorkflowEvents.StepFailed => english ? "failed" : "niet gelukt",
        _ => kind,
    };
}
