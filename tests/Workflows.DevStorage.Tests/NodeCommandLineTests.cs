namespace Workflows.DevStorage.Tests;

public sealed class NodeCommandLineTests
{
    [Fact]
    public void Azurite_never_reaches_for_its_telemetry_host_and_skips_the_api_version_check()
    {
        var start = NodeCommandLine.Create("node", "/x/azurite.js", "127.0.0.1", 1, 2, 3, location: null);

        Assert.Contains("--disableTelemetry", start.ArgumentList);
        Assert.Contains("--skipApiVersionCheck", start.ArgumentList);
        Assert.DoesNotContain("--debug", start.ArgumentList);
    }

    [Fact]
    public void A_debug_log_path_is_passed_as_an_absolute_path_after_debug()
    {
        var start = NodeCommandLine.Create("node", "/x/azurite.js", "127.0.0.1", 1, 2, 3, location: null, debugLogPath: "azurite-debug.log");

        int flag = start.ArgumentList.IndexOf("--debug");
        Assert.True(flag >= 0, string.Join(' ', start.ArgumentList));
        Assert.Equal(Path.GetFullPath("azurite-debug.log"), start.ArgumentList[flag + 1]);
    }
}
