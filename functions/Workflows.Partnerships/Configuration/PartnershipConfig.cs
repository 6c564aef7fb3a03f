namespace Workflows.Partnerships.Configuration;

/// <summary>A validated partnership configuration file. Only the loader creates one that is known to be consistent.</summary>
public sealed record PartnershipConfig(
    Partnership Partnership,
    IReadOnlyList<Organization> Organizations,
    IReadOnlyList<Person> People,
    IReadOnlyList<Group> Groups,
    IReadOnlyList<Meeting> Meetings,
    IReadOnlyList<SubsidyRound> SubsidyRounds,
    IReadOnlyList<Convenant> Convenants,
    CalendarSettings Calendar)
{
    // Linear searches: a partnership has tens of entries, and a dictionary would break record equality.
    public Organization? FindOrganization(string id) => Organizations.FirstOrDefault(o => o.Id == id);

    public Person? FindPerson(string id) => People.FirstOrDefault(p => p.Id == id);

    public Group? FindGroup(string id) => Groups.FirstOrDefault(g => g.Id == id);

    public Meeting? FindMeeting(string id) => Meetings.FirstOrDefault(m => m.Id == id);

    public SubsidyRound? FindSubsidyRound(string id) => SubsidyRounds.FirstOrDefault(r => r.Id == id);

    public Convenant? FindConvenant(string id) => Convenants.FirstOrDefault(c => c.Id == id);
}
