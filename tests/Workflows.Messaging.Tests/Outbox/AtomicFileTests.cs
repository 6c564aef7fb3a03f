using System.Text;
using Workflows.Messaging.Outbox;

namespace Workflows.Messaging.Tests.Outbox;

public sealed class AtomicFileTests
{
    [Fact]
    public async Task FailureHalfway_LeavesOldContentAndNoTempFile()
    {
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "msg.eml");
        await File.WriteAllTextAsync(path, "old");

        await Assert.ThrowsAsync<IOException>(() => AtomicFile.WriteAsync(
            path,
            async (stream, ct) =>
            {
                await stream.WriteAsync(Encoding.UTF8.GetBytes("half of the new"), ct);
                throw new IOException("disk gone");
            },
            CancellationToken.None));

        Assert.Equal("old", await File.ReadAllTextAsync(path));
        Assert.Equal([path], Directory.GetFiles(dir.Path));
    }

    [Fact]
    public async Task Success_ReplacesWholeFile()
    {
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "sub", "msg.ics");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, "a much longer old content that must not survive");

        await AtomicFile.WriteAsync(path, (s, ct) => s.WriteAsync(Encoding.UTF8.GetBytes("new"), ct).AsTask(), CancellationToken.None);

        Assert.Equal("new", await File.ReadAllTextAsync(path));
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(path)!));
    }
}
