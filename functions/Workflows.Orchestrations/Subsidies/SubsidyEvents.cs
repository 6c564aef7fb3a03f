using Workflows.Orchestrations.Links;
namespace Workflows.Orchestrations.Subsidies;

/// <summary>Names of the external events a subsidy round listens to, and of the timeline kinds it records.</summary>
public static class SubsidyEvents
{
    /// <summary>Raised by a signed action link; payload <c>{action, recipient, at}</c> (<c>ActionLinkEvent</c>), action <see cref="Applying"/> or <see cref="Declined"/>.</summary>
    public const string Action = "subsidy-action";

    /// <summary>Payload <see cref="DeadlineChange"/>.</summary>
    public const string DeadlineChanged = "deadline-changed";

    /// <summary>Payload <see cref="RoundWithdrawal"/>.</summary>
    public const string RoundWithdrawn = "round-withdrawn";

    public const string Applying = "applying";
    public const string Declined = "declined";

    public const string Workflow = "subsidy-round";

    public const string Announced = "subsidy.announced";
    public const string Reminded = "subsidy.reminded";
    public const string Acknowledged = "subsidy.acknowledged";
    public const string ApplicationShared = "subsidy.application-shared";

    /// <summary>A school that said it applies says "not for us" after all: those told of the application hear it.</summary>
    public const string ApplicationWithdrawn = "subsidy.application-withdrawn";
    public const string Rescheduled = "subsidy.deadline-changed";
    public const string Closed = "subsidy.closed";
    public const string Withdrawn = "subsidy.withdrawn";
}
