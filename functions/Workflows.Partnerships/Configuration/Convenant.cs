using NodaTime;

namespace Workflows.Partnerships.Configuration;

/// <summary>An entry of <c>convenants</c>: the agreement between one vmbo and one mbo.</summary>
/// <remarks>
/// <para><c>Vmbo</c>: The id of an organization of kind vmbo.</para>
/// <para><c>Mbo</c>: The id of an organization of kind mbo.</para>
/// <para><c>Crebos</c>: mbo qualification numbers (five digits).</para>
/// <para><c>PricePerHour</c>: Euros the vmbo pays per hour of an mbo teacher.</para>
/// </remarks>
public sealed record Convenant(
    string Id,
    string Vmbo,
    string Mbo,
    IReadOnlyList<string> Crebos,
    decimal PricePerHour,
    IReadOnlyList<HourBudget> Hours,
    LocalDate ValidUntil,
    ConvenantReview Review);
