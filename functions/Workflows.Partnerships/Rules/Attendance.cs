namespace Workflows.Partnerships.Rules;

/// <summary>One invitee of one meeting and their answer; <paramref name="OrganizationKind"/> is vmbo, mbo, hbo, vso, pro or havo-vwo.</summary>
public sealed record Attendance(
    string PersonId,
    string PersonName,
    string OrganizationId,
    string OrganizationKind,
    Rsvp Response,
    string? Comment);
