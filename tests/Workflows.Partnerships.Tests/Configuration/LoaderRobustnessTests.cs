using CsCheck;
using Workflows.Partnerships.Configuration;

namespace Workflows.Partnerships.Tests.Configuration;

/// <summary>Whatever the edit, the loader answers with a configuration or with located errors, never an exception.</summary>
public sealed class LoaderRobustnessTests
{
    private static readonly string[] Lines = SampleConfigs.Full.Split('\n');

    [Fact]
    public void Random_edits_yield_a_configuration_or_located_errors()
    {
        var edits = Gen.Select(Gen.Int[0, SampleConfigs.Full.Length - 1], Gen.Int[0, 2], Gen.Char["\t\n !\"#&'*,-:[]{}|>@`aZ09"]);

        edits.Sample(
            (position, operation, c) =>
            {
                var text = operation switch
                {
                    0 => SampleConfigs.Full.Remove(position, 1),
                    1 => SampleConfigs.Full.Insert(position, c.ToString()),
                    _ => SampleConfigs.Full.Remove(position, 1).Insert(position, c.ToString()),
                };

                var result = PartnershipConfigLoader.Parse(text, "f.yaml", SampleConfigs.Today);

                Assert.Equal(result.Config is null, result.Errors.Count > 0);
                Assert.All(result.Errors, e => Assert.InRange(e.Line, 1, Lines.Length + 2));
                Assert.All(result.Errors, e => Assert.True(e.Column >= 1));
            },
            iter: 3000);
    }

    [Fact]
    public void Deleting_any_whole_line_never_throws()
    {
        for (var i = 0; i < Lines.Length; i++)
        {
            var text = string.Join('\n', Lines.Take(i).Concat(Lines.Skip(i + 1)));

            var result = PartnershipConfigLoader.Parse(text, "f.yaml", SampleConfigs.Today);

            Assert.Equal(result.Config is null, result.Errors.Count > 0);
        }
    }
}
