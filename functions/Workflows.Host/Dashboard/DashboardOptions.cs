using Workflows.Host.Api;

namespace Workflows.Host.Dashboard;

/// <summary>The dashboard's settings, section <c>Workflows:Dashboard</c> (environment <c>Workflows__Dashboard__…</c>).</summary>
internal sealed class DashboardOptions
{
    public const string Section = "Workflows:Dashboard";

    /// <summary>
    /// <c>Workflows:Dashboard:TrustAppServiceAuthentication</c>: in Azure, App Service Authentication (Entra ID) signs
    /// coordinators in before a request reaches the app and passes who they are in <c>X-MS-CLIENT-PRINCIPAL</c>; the
    /// platform strips that header from incoming requests, so it can be trusted — but only where App Service
    /// Authentication is on. Never set it for <c>serve</c>: there anybody could send the header.
    /// </summary>
    public bool TrustAppServiceAuthentication { get; set; }

    /// <summary>The app role (claim <c>roles</c>) an Entra-signed-in user needs; everyone else in the tenant is refused.</summary>
    public string RequiredRole { get; set; } = EntraIdOptions.DefaultRequiredRole;
}
