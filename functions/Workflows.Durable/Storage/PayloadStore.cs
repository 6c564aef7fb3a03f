using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace Workflows.Durable.Storage;

/// <summary>
/// Large payloads live in blobs named by instance and content hash: writing the same payload twice (a retried
/// turn, a redelivered message) writes the same blob, and a purge removes the instance's prefix.
/// </summary>
internal sealed class PayloadStore(BlobContainerClient container)
{
    /// <summary>Queue messages are limited to 64 KiB and base64 adds a third; stay well below.</summary>
    public const int InlineLimitChars = 45 * 1024;

    private static readonly BinaryData Empty = BinaryData.FromString(string.Empty);

    public async Task<string> PutAsync(string instanceId, string content, CancellationToken cancellationToken)
    {
        string hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
        string name = $"{Uri.EscapeDataString(instanceId)}/{hash}";
        await container.GetBlobClient(name).UploadAsync(BinaryData.FromString(content), overwrite: true, cancellationToken).ConfigureAwait(false);
        return name;
    }

    public async Task<string> GetAsync(string name, CancellationToken cancellationToken)
    {
        var result = await container.GetBlobClient(name).DownloadContentAsync(cancellationToken).ConfigureAwait(false);
        return (result.Value.Content ?? Empty).ToString();
    }

    public async Task DeleteInstanceAsync(string instanceId, CancellationToken cancellationToken)
    {
        string prefix = $"{Uri.EscapeDataString(instanceId)}/";
        await foreach (var blob in container.GetBlobsAsync(BlobTraits.None, BlobStates.None, prefix, cancellationToken).ConfigureAwait(false))
        {
            try
            {
                await container.DeleteBlobIfExistsAsync(blob.Name, cancellationToken: cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException e) when (e.Status == 404)
            {
                // Already gone: a concurrent purge did the work.
            }
        }
    }
}
