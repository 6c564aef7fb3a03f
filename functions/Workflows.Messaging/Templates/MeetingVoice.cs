namespace Workflows.Messaging.Templates;

/// <summary>How a meeting series' messages speak: of the meeting, to its members, and who signs them.</summary>
/// <param name="PartnershipName">The partnership, in the signature ("coördinatoren Profijt").</param>
/// <param name="Name">The series as a sentence names it, with its article: "het directieberaad", "de klankbordgroep decanen".</param>
/// <param name="ShortName">The series in subjects and as the calendar item's title: "Directieberaad Profijt".</param>
/// <param name="Informal">Members are addressed with "je" (true) or "u" (false).</param>
/// <param name="Signers">The coordinators who sign, full names; none: the partnership signs.</param>
public sealed record MeetingVoice(string PartnershipName, string Name, string ShortName, bool Informal, IReadOnlyList<string> Signers);
