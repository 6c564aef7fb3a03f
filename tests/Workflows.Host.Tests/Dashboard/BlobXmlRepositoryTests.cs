using System.Xml.Linq;
using Azure.Storage.Blobs;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Host.Dashboard;
using Workflows.Testing;

namespace Workflows.Host.Tests.Dashboard;

/// <summary>The data-protection key ring in blob storage: what one instance writes, another (or the next start) reads.</summary>
[Collection("dashboard-azurite")]
public sealed class BlobXmlRepositoryTests(AzuriteFixture azurite)
{
    [Fact]
    public void Elements_stored_by_one_repository_are_read_by_another_and_a_repeated_key_id_is_harmless()
    {
        var container = new BlobContainerClient(azurite.ConnectionString, "keys-" + Guid.NewGuid().ToString("N")[..12]);
        var first = new BlobXmlRepository(container);

        first.StoreElement(new XElement("key", new XAttribute("id", "a"), "one"), "a");
        first.StoreElement(new XElement("key", new XAttribute("id", "b"), "two"), "b");
        first.StoreElement(new XElement("key", new XAttribute("id", "a"), "again"), "a");

        var read = new BlobXmlRepository(container).GetAllElements();
        Assert.Equal(["one", "two"], read.Select(e => e.Value).Order(StringComparer.Ordinal));
        container.Delete();
    }

    [Fact]
    public void A_cookie_protected_by_one_app_instance_is_read_by_another_on_the_same_storage()
    {
        var container = new BlobContainerClient(azurite.ConnectionString, "keys-" + Guid.NewGuid().ToString("N")[..12]);

        string protectedText = Protector(container).Protect("session of a coordinator");
        string unprotected = Protector(container).Unprotect(protectedText);

        Assert.Equal("session of a coordinator", unprotected);
        Assert.NotEmpty(container.GetBlobs());
        container.Delete();
    }

    private static IDataProtector Protector(BlobContainerClient container)
    {
        var services = new ServiceCollection();
        services.AddDataProtection().SetApplicationName("Workflows");
        services.Configure<KeyManagementOptions>(o => o.XmlRepository = new BlobXmlRepository(container));
        return services.BuildServiceProvider().GetRequiredService<IDataProtectionProvider>().CreateProtector("test");
    }
}
