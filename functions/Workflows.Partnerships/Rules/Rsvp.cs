namespace Workflows.Partnerships.Rules;

/// <summary>An invitee's answer to a meeting invitation.</summary>
public enum Rsvp
{
    None,
    Accepted,
    Tentative,
    Declined,
}
