using NodaTime;

namespace Workflows.Messaging.Templates;

/// <summary>The alert that a convenant ends soon and needs renewing.</summary>
public sealed record ConvenantExpiryAlertModel(
    string PartnershipName,
    string VmboName,
    string MboName,
    LocalDate ValidUntil,
    int DaysLeft);
