using System.Xml.Linq;
using Azure;
using Azure.Storage.Blobs;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Workflows.Host.Dashboard;

/// <summary>
/// ASP.NET Core's data-protection key ring in a blob container, one blob per key. Session cookies and CSRF tokens
/// are protected with these keys; kept in memory they would die with the process, and every instance of a scaled-out
/// function app would reject the others' cookies.
/// </summary>
/// <remarks>
/// The keys are as confidential as the storage account (which only the app's identity reaches, shared-key access off).
/// Blobs are only ever added, never changed: the data-protection system writes a new key before the old one expires.
/// </remarks>
internal sealed class BlobXmlRepository(BlobContainerClient container) : IXmlRepository
{
    private bool _created;

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        EnsureContainer();
        var elements = new List<XElement>();
        foreach (var blob in container.GetBlobs())
        {
            var content = container.GetBlobClient(blob.Name).DownloadContent().Value.Content;
            using var stream = content.ToStream();
            elements.Add(XElement.Load(stream));
        }

        return elements;
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        EnsureContainer();
        using var stream = new MemoryStream();
        element.Save(stream, SaveOptions.DisableFormatting);
        stream.Position = 0;

        // The friendly name is the key's id (a GUID); a second instance writing the same key is harmless.
        string name = $"{friendlyName}.xml";
        try
        {
            container.GetBlobClient(name).Upload(stream, overwrite: false);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
        }
    }

    private void EnsureContainer()
    {
        if (!_created)
        {
            container.CreateIfNotExists();
            _created = true;
        }
    }
}
