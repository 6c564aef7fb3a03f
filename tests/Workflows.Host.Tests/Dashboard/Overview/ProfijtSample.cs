using NodaTime;
using Workflows.Orchestrations.Meetings;
using Workflows.Host.Simulation;
using Workflows.Messaging;
using Workflows.Partnerships.Configuration;

namespace Workflows.Host.Tests.Dashboard.Overview;

/// <summary>What the Profijt sample and its responses file say, read from the files themselves: the tests' expectations.</summary>
internal sealed class ProfijtSample
{
    private ProfijtSample(PartnershipConfig config, ResponsesFile responses)
    {
        Config = config;
        Responses = responses;
    }

    public PartnershipConfig Config { get; }

    public ResponsesFile Responses { get; }

    public static ProfijtSample Load()
    {
        var loaded = PartnershipConfigLoader.Parse(File.ReadAllText(CliRun.Sample("profijt.yaml")), "profijt.yaml", new LocalDate(2026, 8, 1));
        Assert.True(loaded.IsValid, string.Join("\n", loaded.Errors));
        var (responses, errors) = ResponsesFileReader.Load(CliRun.Sample("profijt-responses.yaml"), loaded.Config!);
        Assert.Empty(errors);
        return new ProfijtSample(loaded.Config!, responses!);
    }

    /// <summary>Per organization of the series' invitees: (kind, accepted, tentative, declined, no answer) for one date.</summary>
    public IReadOnlyDictionary<string, (string Kind, int Accepted, int Tentative, int Declined, int None)> Answers(string seriesId, LocalDate date)
    {
        var members = SeriesSnapshots.Create(Config, Config.FindMeeting(seriesId)!).Members;
        return members
            .DistinctBy(m => m.Email, StringComparer.OrdinalIgnoreCase)
            .GroupBy(m => m.OrganizationId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g =>
            {
                var answers = g.Select(m => Responses.Answer(seriesId, date, m.Email).Response).ToList();
                return (
                    g.First().OrganizationKind,
                    answers.Count(a => a == ResponseStatus.Accepted),
                    answers.Count(a => a == ResponseStatus.TentativelyAccepted),
                    answers.Count(a => a == ResponseStatus.Declined),
                    answers.Count(a => a == ResponseStatus.None));
            });
    }
}
