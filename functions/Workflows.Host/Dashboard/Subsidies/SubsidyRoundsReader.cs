using NodaTime.Text;
using Microsoft.DurableTask.Client;
using Workflows.Host.Api.Subsidies;
using Workflows.Orchestrations.Meetings;
using Workflows.Orchestrations.Subsidies;
using Workflows.Partnerships.Configuration;

namespace Workflows.Host.Dashboard.Subsidies;

/// <summary>
/// Reads the rounds the way <c>GET /api/subsidy-rounds</c> does (same reading, same answer summary) and adds what the
/// tab needs: names and organizations of everyone who has not reacted yet.
/// </summary>
internal static class SubsidyRoundsReader
{
    public static async Task<IReadOnlyList<SubsidyRoundView>> ReadAsync(DurableTaskClient client, PartnershipConfig config, CancellationToken cancellationToken)
    {
        var states = await SubsidyApi.ReadRoundsAsync(client, config.Partnership.Id, cancellationToken).ConfigureAwait(false);
        return [.. states.Select(s => View(s, config))];
    }

    private static SubsidyRoundView View(SubsidyRoundState state, PartnershipConfig config)
    {
        var summary = SubsidyApi.Summary(state.Round, state.Status, state.Runtime);
        var recipients = state.Round.Recipients.ToDictionary(m => m.Id, StringComparer.Ordinal);
        SubsidyPersonView Person(string id, string name, string organization)
            => recipients.TryGetValue(id, out var member) ? Of(member, config) : new SubsidyPersonView(id, name, organization);
        var answers = summary.Answers;
        string phase = state.Runtime is "Failed" or "Terminated" ? "stopped" : summary.Phase;
        return new SubsidyRoundView(
            summary.Id,
            summary.Title,
            summary.Funder,
            LocalDatePattern.Iso.Parse(summary.Deadline).GetValueOrThrow(),
            phase,
            state.Round.Url,
            [.. answers.Where(a => a.Action == SubsidyEvents.Applying).Select(a => Person(a.Person, a.Name, a.Organization))],
            [.. answers.Where(a => a.Action == SubsidyEvents.Declined).Select(a => Person(a.Person, a.Name, a.Organization))],
            [.. summary.NotReacted.Select(id => Person(id, id, string.Empty))],
            SubsidyDeadline.ParseTime(summary.DeadlineTime));
    }

    /// <summary>The name the round was sent to; the organization's name as the configuration has it now (renamed organizations read right).</summary>
    private static SubsidyPersonView Of(MemberSnapshot member, PartnershipConfig config)
        => new(member.Id, member.Name, config.FindOrganization(member.OrganizationId)?.Name ?? member.OrganizationName);
}
