using NodaTime;
using Workflows.Orchestrations.Meetings;
using Workflows.Partnerships.Configuration;

namespace Workflows.Host.Api.Links;

/// <summary>What an agenda link proposes for, as the configuration has it now: the series, its occurrence and its chair.</summary>
internal sealed record AgendaProposalTarget(PartnershipConfig Config, Meeting Meeting, SeriesSnapshot Series, MemberSnapshot Chair, LocalDate Date, DateTimeOffset ExpiresAt)
{
    public bool English => Series.IsEnglish;

    public string Language => English ? "en" : "nl";
}
