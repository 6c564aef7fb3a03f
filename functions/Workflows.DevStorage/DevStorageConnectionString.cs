namespace Workflows.DevStorage;

internal static class DevStorageConnectionString
{
    // Azurite's documented development account; public by design, not a secret.
    public const string AccountName = "devstoreaccount1";
    public const string AccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    /// <summary>
    /// Spells out every endpoint: "UseDevelopmentStorage=true" would pin the SDKs to the default
    /// ports 10000-10002, which parallel instances cannot share.
    /// </summary>
    public static string Create(string scheme, string host, int blobPort, int queuePort, int tablePort) =>
        $"DefaultEndpointsProtocol={scheme};"
        + $"AccountName={AccountName};AccountKey={AccountKey};"
        + $"BlobEndpoint={Endpoint(scheme, host, blobPort).AbsoluteUri};"
        + $"QueueEndpoint={Endpoint(scheme, host, queuePort).AbsoluteUri};"
        + $"TableEndpoint={Endpoint(scheme, host, tablePort).AbsoluteUri};";

    public static Uri Endpoint(string scheme, string host, int port) =>
        new UriBuilder(scheme, host, port, AccountName).Uri;
}
