using Workflows.Host.Simulation;
using Workflows.Partnerships.Configuration;

namespace Workflows.Host.Tests.Meetings;

/// <summary>Responses files for the tests, read by the same reader as <c>simulate --responses</c>.</summary>
internal static class Responses
{
    public static ResponsesFile Parse(PartnershipConfig config, string yaml)
    {
        var (file, errors) = ResponsesFileReader.Parse(yaml, "responses.yaml", config);
        Assert.True(file is not null, string.Join("\n", errors));
        return file!;
    }
}
