using Workflows.Messaging;

namespace Workflows.Orchestrations.Reviews;

/// <summary>Input of a bestuur-talk activity: the convenant, the step's orchestration time, the instance, the year, the talk (date, start, end), the event once sent, and for a move the talk's previous start.</summary>
public sealed record ReviewStepInput(
    ConvenantSnapshot Convenant,
    DateTimeOffset At,
    string Instance,
    int Year,
    string TalkDate,
    DateTimeOffset Start,
    DateTimeOffset End,
    CalendarEventRef? Event = null,
    string? Reason = null,
    ReviewOutcome? Outcome = null,
    int DaysLeft = 0,
    DateTimeOffset? PreviousStart = null,
    string Key = "") : IStepInput;
