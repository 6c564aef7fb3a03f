namespace Workflows.Partnerships.Rules;

/// <summary>Where the partner rule stands with the answers so far.</summary>
public enum QuorumState
{
    /// <summary>Every requirement has an acceptance and the minimum is reached.</summary>
    Met,

    /// <summary>Not met, but could still be: a requirement has only tentative answers or none, nobody has said no to all of it.</summary>
    NotYet,

    /// <summary>Cannot be met any more with these people: everyone of a requirement declined, or too few can still come.</summary>
    NotMet,
}
