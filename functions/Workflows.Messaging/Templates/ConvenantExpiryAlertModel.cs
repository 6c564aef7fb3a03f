using NodaTime;

namespace Workflows.Messaging.Templates;

/// <summary>The alert that a convenant ends soon and needs renewing.</summary>
/// <param name="NextTalk">The next bestuur talk, where the renewal is discussed, when one is planned.</param>
/// <param name="Greeting">The greeting line, e.g. "Beste directeuren,"; a greeting to both boards when null.</param>
/// <param name="Coordinators">The coordinators' names, who sign the alert.</param>
public sealed record ConvenantExpiryAlertModel(
    string PartnershipName,
    string VmboName,
    string MboName,
    LocalDate ValidUntil,
    int DaysLeft,
    LocalDate? NextTalk = null,
    string? Greeting = null,
    IReadOnlyList<string>? Coordinators = null);
