using Microsoft.Extensions.Configuration;

namespace Workflows.Host.Hosting;

/// <summary>
/// Where <c>serve</c> runs its own Azurite when the connection is <c>UseDevelopmentStorage=true</c>
/// (section <c>Workflows:DevStorage</c>). The ports default to the emulator's well-known ones, which that
/// connection string implies; other ports give an explicit connection string (parallel runs, CI).
/// </summary>
internal sealed record DevStorageSettings(bool AutoStart, string Location, int BlobPort, int QueuePort, int TablePort)
{
    public const string Section = "Workflows:DevStorage";

    public bool DefaultPorts => BlobPort == 10000 && QueuePort == 10001 && TablePort == 10002;

    public static DevStorageSettings Read(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        return new DevStorageSettings(
            AutoStart: section.GetValue("AutoStart", true),
            Location: Path.GetFullPath(section["Location"] is { Length: > 0 } location ? location : Path.Combine(".workflows", "azurite")),
            BlobPort: section.GetValue("BlobPort", 10000),
            QueuePort: section.GetValue("QueuePort", 10001),
            TablePort: section.GetValue("TablePort", 10002));
    }
}
