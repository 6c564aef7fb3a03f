namespace Workflows.DevStorage;

/// <summary>
/// Serve HTTPS with this certificate. Azurite only accepts bearer tokens over HTTPS, so identity-based access
/// (what production uses: no account keys) can only be exercised locally with it.
/// </summary>
/// <param name="CertificatePath">PEM certificate file.</param>
/// <param name="KeyPath">PEM private key file of that certificate.</param>
/// <param name="OAuth">Also accept Entra ID bearer tokens (Azurite's <c>--oauth basic</c>: format, issuer, audience and lifetime are checked, the signature is not).</param>
public sealed record AzuriteTls(string CertificatePath, string KeyPath, bool OAuth = true);
