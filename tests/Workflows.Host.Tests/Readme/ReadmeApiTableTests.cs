using Workflows.Host.Tests.Api;
using Workflows.Host.Tests.Hosting;
using Workflows.Testing;

namespace Workflows.Host.Tests.Readme;

/// <summary>The README's table of the HTTP API names every route the app maps, and no route the app lacks.</summary>
[Collection("api-azurite")]
public sealed partial class ReadmeApiTableTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Every_api_route_is_in_the_README_table_and_every_route_there_exists()
    {
        await using var host = await ApiHost.StartAsync(azurite);
        var routes = MappedApiRoutes.Of(host.Services).ToHashSet(StringComparer.Ordinal);
        var table = TableRoutes(File.ReadAllText(Path.Combine(RepoPaths.Root(), "README.md")));

        Assert.True(routes.Count > 20, string.Join('\n', routes));
        Assert.True(routes.SetEquals(table),
            "missing in the README: " + string.Join(", ", routes.Except(table).Order(StringComparer.Ordinal))
            + "\nin the README but not mapped: " + string.Join(", ", table.Except(routes).Order(StringComparer.Ordinal)));
    }

    /// <summary>Every <c>`METHOD /api/…`</c> in the first column of the table under "## HTTP API", query strings cut.</summary>
    private static HashSet<string> TableRoutes(string readme)
    {
        int start = readme.IndexOf("\n## HTTP API", StringComparison.Ordinal);
        Assert.True(start >= 0, "README.md has no '## HTTP API' section");
        int end = readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        var routes = new HashSet<string>(StringComparer.Ordinal);
        foreach (string line in readme[start..(end < 0 ? readme.Length : end)].Split('\n'))
        {
            if (!line.StartsWith("| `", StringComparison.Ordinal))
            {
                continue;
            }

            string firstColumn = line.Split(" | ")[0];
            foreach (System.Text.RegularExpressions.Match m in Route().Matches(firstColumn))
            {
                routes.Add($"{m.Groups["method"].Value} {m.Groups["path"].Value}");
            }
        }

        return routes;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"`(?<method>GET|POST|PUT|PATCH|DELETE) (?<path>/api/[^`?\s]*)")]
    private static partial System.Text.RegularExpressions.Regex Route();
}
