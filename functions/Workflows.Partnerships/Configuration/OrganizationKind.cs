namespace Workflows.Partnerships.Configuration;

/// <summary>The kind of school (<c>vmbo</c>, <c>mbo</c>, <c>hbo</c>, <c>vso</c>, <c>pro</c>, <c>havo-vwo</c>).</summary>
public enum OrganizationKind
{
    Vmbo,
    Mbo,
    Hbo,
    Vso,
    Pro,
    HavoVwo,
}
