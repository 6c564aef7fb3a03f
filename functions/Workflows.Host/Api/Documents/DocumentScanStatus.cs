namespace Workflows.Host.Api.Documents;

/// <summary>What the malware scan says about a stored document; only <see cref="NotScanned"/> and <see cref="Clean"/> may be downloaded.</summary>
public enum DocumentScanStatus
{
    /// <summary>No scanner is configured: served, and listed as "niet gescand" so coordinators know.</summary>
    NotScanned,

    /// <summary>A scanner is configured and has not reported yet: not served until it has.</summary>
    Pending,

    Clean,

    /// <summary>Never served.</summary>
    Malicious,

    /// <summary>The scanner could not scan it (an error, an encrypted file, over its size limit): not served, fail closed.</summary>
    Unverified,
}
