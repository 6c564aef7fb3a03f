using Workflows.Partnerships.Configuration;
using Workflows.Partnerships.Tests.Configuration;

namespace Workflows.Partnerships.Tests.Docs;

/// <summary>The samples validate against docs/partnership.schema.json as VS Code checks them, and point their editor at it.</summary>
public sealed class SchemaSampleTests
{
    private const string SchemaLine = "# yaml-language-server: $schema=../../docs/partnership.schema.json";

    public static TheoryData<string> Samples() => [.. RepoFiles.SampleConfigs().Select(f => Path.GetFileName(f))];

    [Fact]
    public void Both_samples_are_among_the_checked_files()
    {
        Assert.Contains("profijt.yaml", Samples());
        Assert.Contains("element.yaml", Samples());
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_validates_against_the_schema_and_loads(string name)
    {
        string text = File.ReadAllText(Sample(name));

        Assert.Empty(PartnershipSchema.Errors(text));
        Assert.Empty(PartnershipConfigLoader.Parse(text, name, SampleConfigs.Today).Errors);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_names_the_schema_on_its_first_line(string name)
    {
        string path = Sample(name);
        Assert.Equal(SchemaLine, File.ReadLines(path).First());

        // The path in that line is relative to the sample, as the YAML extension resolves it.
        string target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, SchemaLine[(SchemaLine.IndexOf('=', StringComparison.Ordinal) + 1)..]));
        Assert.Equal(Path.GetFullPath(RepoFiles.SchemaPath), target);
    }

    private static string Sample(string name) => Path.Combine(RepoFiles.Root, "functions", "samples", name);
}
