using NodaTime;
using Workflows.Messaging;
using Workflows.Messaging.Outbox;

namespace Workflows.Host.Simulation;

/// <summary>
/// The simulated answers (DESIGN.md): <c>default</c> for everyone, then <c>rules</c> per series, date and person
/// or selector; the last rule that matches an attendee wins, so general rules go first and exceptions after.
/// Everyone answers as soon as they are invited. <c>acknowledge</c> rules are read and checked for the subsidy
/// workflow, <c>decisions</c> for the coordinators' answer to an occurrence at risk, <c>agendaItems</c> for the items
/// proposed for an occurrence's agenda (accepted unless <c>accepted: false</c>), <c>presence</c> for the organizations
/// the coordinators confirm as present at a held occurrence, <c>minutes</c> for the verslagen and their action items.
/// </summary>
public sealed class ResponsesFile : IResponseSource
{
    internal ResponsesFile(ResponseStatus @default, IReadOnlyList<ResponseRule> rules, IReadOnlyList<AcknowledgeRule> acknowledge)
    {
        Default = @default;
        Rules = rules;
        Acknowledge = acknowledge;
    }

    /// <summary>Everyone says nothing: the file when <c>--responses</c> is not given.</summary>
    public static ResponsesFile Silent { get; } = new(ResponseStatus.None, [], []);

    /// <summary>Everyone accepts.</summary>
    public static ResponsesFile AllAccept { get; } = new(ResponseStatus.Accepted, [], []);

    public ResponseStatus Default { get; }

    public IReadOnlyList<ResponseRule> Rules { get; }

    public IReadOnlyList<AcknowledgeRule> Acknowledge { get; }

    /// <summary>The coordinators' decisions about occurrences at risk (<c>decisions:</c>), in file order.</summary>
    public IReadOnlyList<DecisionRule> Decisions { get; init; } = [];

    /// <summary>The proposed agenda items (<c>agendaItems:</c>), in file order.</summary>
    public IReadOnlyList<AgendaItemRule> AgendaItems { get; init; } = [];

    /// <summary>The confirmed presence lists (<c>presence:</c>), in file order; a later one for the same occurrence replaces an earlier.</summary>
    public IReadOnlyList<PresenceRule> Presence { get; init; } = [];

    /// <summary>The verslagen with their action items (<c>minutes:</c>), in file order.</summary>
    public IReadOnlyList<MinutesRule> Minutes { get; init; } = [];

    public IReadOnlyList<AttendeeResponse> GetResponses(CalendarEventSnapshot calendarEvent, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(calendarEvent);
        string? series = calendarEvent.Labels.Values.GetValueOrDefault("series");
        LocalDate? date = calendarEvent.Labels.Values.GetValueOrDefault("occurrence") is { } text && NodaTime.Text.LocalDatePattern.Iso.Parse(text) is { Success: true } parsed
            ? parsed.Value
            : null;
        var answers = new List<AttendeeResponse>();
        foreach (var attendee in calendarEvent.Attendees)
        {
            var (response, comment) = Answer(series, date, attendee.Email);
            if (response != ResponseStatus.None)
            {
                answers.Add(new AttendeeResponse(attendee.Email, response, calendarEvent.Start <= asOf ? calendarEvent.Start : asOf, comment));
            }
        }

        return answers;
    }

    /// <summary>What one person answers to one occurrence.</summary>
    public (ResponseStatus Response, string? Comment) Answer(string? series, LocalDate? date, string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        string key = email.ToUpperInvariant();
        var rule = Rules.LastOrDefault(r =>
            string.Equals(r.Series, series, StringComparison.Ordinal)
            && (r.Date is null || r.Date == date)
            && r.People.Contains(key));
        return rule is null ? (Default, null) : (rule.Response, rule.Comment);
    }
}
