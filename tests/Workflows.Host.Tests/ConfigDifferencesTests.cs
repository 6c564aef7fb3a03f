using NodaTime;
using Workflows.Host.Cli;
using Workflows.Partnerships.Configuration;

namespace Workflows.Host.Tests;

/// <summary>What <c>serve</c> lists when its start-up file differs from the stored configuration: by section and id, content only.</summary>
public sealed class ConfigDifferencesTests : IDisposable
{
    private static readonly LocalDate Today = new(2026, 11, 23);

    private readonly string _work = Directory.CreateTempSubdirectory("config-differences-").FullName;

    [Fact]
    public async Task The_same_content_differs_in_nothing_even_with_other_comments_and_layout()
    {
        string original = await File.ReadAllTextAsync(CliRun.Sample("profijt.yaml"));
        var stored = await LoadAsync(original);
        var file = await LoadAsync("# Another comment\n" + original.Replace("  id: profijt", "  id:   profijt   # the same", StringComparison.Ordinal));

        Assert.Empty(ConfigDifferences.Describe(stored, file));
    }

    [Fact]
    public async Task Every_section_says_what_the_file_adds_removes_and_changes_by_id()
    {
        string original = await File.ReadAllTextAsync(CliRun.Sample("profijt.yaml"));
        string changed = original
            .Replace("  name: Profijt\n", "  name: Profijt Achterhoek\n", StringComparison.Ordinal)
            .Replace("\"Slinge Lyceum Winterswijk\"", "\"Slinge Lyceum\"", StringComparison.Ordinal)
            .Replace("{ id: carla-stortelder, name: \"Carla Stortelder\"", "{ id: carla-stortelder, name: \"Carla Stortelder-Ten Have\"", StringComparison.Ordinal)
            .Replace("    title: Directieberaad Profijt\n", "    title: Directieberaad\n", StringComparison.Ordinal)
            .Replace("  - id: techniek-achterhoek-2027", "  - id: techniek-achterhoek-2028", StringComparison.Ordinal)
            .Replace("extraClosedDays: [2026-11-11]", "extraClosedDays: [2026-11-12]", StringComparison.Ordinal);
        var stored = await LoadAsync(original);
        var file = await LoadAsync(changed);

        Assert.Equal(
            [
                "the file changes the partnership settings (partnership:)",
                "the file changes organizations: slinge-lyceum",
                "the file changes people: carla-stortelder",
                "the file changes meeting series: directieberaad",
                "the file adds subsidy rounds: techniek-achterhoek-2028",
                "the file removes subsidy rounds: techniek-achterhoek-2027",
                "the file changes the calendar (calendar:)",
            ],
            ConfigDifferences.Describe(stored, file));
    }

    public void Dispose() => Directory.Delete(_work, recursive: true);

    private async Task<PartnershipConfig> LoadAsync(string yaml)
    {
        string path = Path.Combine(_work, Guid.NewGuid().ToString("N") + ".yaml");
        await File.WriteAllTextAsync(path, yaml);
        var result = PartnershipConfigLoader.Load(path, Today);
        Assert.True(result.Config is not null, string.Join('\n', result.Errors));
        return result.Config;
    }
}
