namespace Workflows.Orchestrations.Links;

/// <summary>
/// What a signed action link does when its recipient confirms it: raise <paramref name="EventName"/> to
/// <paramref name="InstanceId"/> with payload <c>{action, recipient, at}</c>, once, before <paramref name="ExpiresAt"/>.
/// </summary>
/// <param name="Action">E.g. <c>applying</c> or <c>declined</c>; shown on the confirmation page.</param>
/// <param name="RecipientId">The person id from the configuration (never an e-mail address); comma-separated ids when one mail went to several people.</param>
/// <param name="Target">What in the instance the action is about, when the event needs it (an occurrence's series date yyyy-MM-dd); null for older links.</param>
public sealed record ActionLink(string InstanceId, string EventName, string Action, string RecipientId, DateTimeOffset ExpiresAt, string? Target = null);

/// <summary>The event payload an action link raises.</summary>
public sealed record ActionLinkEvent(string Action, string Recipient, DateTimeOffset At);

public enum ActionLinkStatus
{
    Valid,

    /// <summary>Malformed or tampered with: nothing of its content is trusted or shown.</summary>
    Invalid,

    /// <summary>Signed by us but past its expiry.</summary>
    Expired,
}

/// <summary>
/// The outcome of <see cref="ActionLinks.Verify"/>: <see cref="Link"/> when the signature holds (valid or expired, so an
/// expired link's page can say what it was for), <see cref="TokenId"/> only when valid.
/// </summary>
public sealed record ActionLinkVerification(ActionLinkStatus Status, ActionLink? Link, string? TokenId);
