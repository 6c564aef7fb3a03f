using System.Globalization;
using Workflows.Partnerships.Selectors;
using YamlDotNet.RepresentationModel;

namespace Workflows.Partnerships.Configuration;

/// <summary>
/// Second pass: checks what no single entry can tell on its own — duplicate ids, references,
/// selectors, chairs, quorum kinds — pointing at the field that holds the reference. Fields the
/// first pass already rejected are skipped, so one mistake yields one error.
/// </summary>
internal sealed class ConfigChecks(ConfigDraft draft, ConfigDiagnostics diagnostics)
{
    private readonly PartnershipConfig config = draft.Config;
    private HashSet<Person> uncertain = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<string> uncertainGroups = new(StringComparer.Ordinal);

    public void Run()
    {
        CheckDuplicates(config.Organizations, o => o.Id, "organization");
        CheckDuplicates(config.People, p => p.Id, "person");
        CheckDuplicates(config.Groups, g => g.Id, "group");
        CheckDuplicates(config.Meetings, m => m.Id, "meeting");
        CheckDuplicates(config.SubsidyRounds, r => r.Id, "subsidy round");
        CheckDuplicates(config.Convenants, c => c.Id, "convenant");

        if (Source(config.Partnership) is { } partnership)
        {
            CheckPersonList(partnership, "coordinators");
        }

        foreach (var person in config.People)
        {
            if (Source(person) is { } m && !m.Failed("organization") && config.FindOrganization(person.Organization) is null)
            {
                m.Fail("organization", $"unknown organization '{person.Organization}'{SuggestOrganization(person.Organization)}");
            }
        }

        // A person whose organization or roles are wrong may be missing from a match. Checks that such a
        // person could change ("matches nobody", group size, kinds present) are skipped for the selectors they
        // could match, so that first error is not repeated; everything they cannot affect is still checked.
        uncertain = new HashSet<Person>(
            config.People.Where(p => Source(p) is { } m && (m.Failed("organization") || m.Failed("roles") || KindUnknown(p))),
            ReferenceEqualityComparer.Instance);

        var groupMembers = new Dictionary<string, HashSet<Person>>(StringComparer.Ordinal);
        foreach (var group in config.Groups)
        {
            if (Source(group) is { } m)
            {
                var members = CheckSelectors(m, "members", out var complete, out var unsure);
                groupMembers.TryAdd(group.Id, members);
                if (unsure)
                {
                    uncertainGroups.Add(group.Id);
                }

                CheckChair(group, m, complete ? members : null);
            }
        }

        foreach (var meeting in config.Meetings)
        {
            if (Source(meeting) is { } m)
            {
                CheckMeeting(meeting, m, groupMembers);
            }
        }

        foreach (var round in config.SubsidyRounds)
        {
            if (Source(round) is { } m)
            {
                CheckSelectors(m, "audience");
            }
        }

        foreach (var convenant in config.Convenants)
        {
            if (Source(convenant) is { } m)
            {
                CheckConvenantPartner(m, "vmbo", convenant.Vmbo, OrganizationKind.Vmbo);
                CheckConvenantPartner(m, "mbo", convenant.Mbo, OrganizationKind.Mbo);
                if (Source(convenant.Review) is { } review)
                {
                    CheckSelectors(review, "participants");
                }
            }
        }
    }

    private MappingReader? Source(object item) => draft.Sources.TryGetValue(item, out var reader) ? reader : null;

    private void CheckDuplicates<T>(IReadOnlyList<T> items, Func<T, string> id, string what)
        where T : class
    {
        var first = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (Source(item) is not { } m || m.Failed("id") || id(item).Length == 0)
            {
                continue;
            }

            var node = m.Locate("id");
            if (!first.TryAdd(id(item), node))
            {
                m.Fail("id", string.Create(
                    CultureInfo.InvariantCulture,
                    $"duplicate {what} id '{id(item)}' (first used on line {first[id(item)].Start.Line})"));
            }
        }
    }

    private void CheckPersonList(MappingReader m, string key)
    {
        foreach (var (node, id, path) in m.ScalarItems(key))
        {
            if (config.FindPerson(id) is null)
            {
                diagnostics.Add(node, $"{path}: unknown person '{id}'{SuggestPerson(id)}");
            }
        }
    }

    /// <summary>Checks each selector of a list and returns everyone the valid ones match.</summary>
    private HashSet<Person> CheckSelectors(MappingReader m, string key) => CheckSelectors(m, key, out _, out _);

    /// <param name="m">The entry holding the list.</param>
    /// <param name="key">The list's key.</param>
    /// <param name="complete">False when a selector was invalid, so the set may lack people the file meant.</param>
    /// <param name="unsure">True when a person with a wrong organization or roles might match a selector.</param>
    private HashSet<Person> CheckSelectors(MappingReader m, string key, out bool complete, out bool unsure)
    {
        complete = !m.Failed(key);
        unsure = false;
        var matched = new HashSet<Person>(ReferenceEqualityComparer.Instance);
        foreach (var (node, text, path) in m.ScalarItems(key))
        {
            var selector = SelectorParser.Parse(text, out var syntaxError);
            if (selector is null)
            {
                diagnostics.Add(node, $"{path}: {syntaxError}");
                complete = false;
                continue;
            }

            var unknown = SelectorMatcher.UnknownIds(config, selector);
            foreach (var problem in unknown)
            {
                diagnostics.Add(node, $"{path}: {problem}");
            }

            if (unknown.Count > 0)
            {
                complete = false;
                continue;
            }

            var people = SelectorMatcher.Match(config, selector);
            bool could = uncertain.Any(p => CouldMatch(selector, p));
            unsure |= could;
            if (people.Count == 0 && !could)
            {
                diagnostics.Add(node, $"{path}: selector '{text}' matches nobody{ExplainNobody(selector)}");
            }

            matched.UnionWith(people);
        }

        return matched;
    }

    private string ExplainNobody(Selector selector)
    {
        // The usual cause is a misspelt role: roles are free words, so only a near miss can be pointed out.
        var roles = config.People.SelectMany(p => p.Roles).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        foreach (var term in selector.Terms.Where(t => t.Kind == SelectorTermKind.Role))
        {
            if (!roles.Contains(term.Value, StringComparer.OrdinalIgnoreCase))
            {
                return $" (nobody has role '{term.Value}'{Suggestions.DidYouMean(term.Value, roles)})";
            }
        }

        return string.Empty;
    }

    /// <param name="group">The group.</param>
    /// <param name="m">Where the group is in the file.</param>
    /// <param name="members">Null when a member selector was wrong: membership is then unknown.</param>
    private void CheckChair(Group group, MappingReader m, HashSet<Person>? members)
    {
        if (group.Chair is not { } chair || m.Failed("chair"))
        {
            return;
        }

        var person = config.FindPerson(chair);
        if (person is null)
        {
            m.Fail("chair", $"unknown person '{chair}'{SuggestPerson(chair)}");
        }
        else if (members is not null && !uncertain.Contains(person) && !members.Contains(person))
        {
            m.Fail("chair", $"'{chair}' chairs group '{group.Id}' but is not one of its members");
        }
    }

    private void CheckMeeting(Meeting meeting, MappingReader m, Dictionary<string, HashSet<Person>> groupMembers)
    {
        if (m.Failed("group"))
        {
            return;
        }

        if (!groupMembers.TryGetValue(meeting.Group, out var members))
        {
            m.Fail("group", $"unknown group '{meeting.Group}'{Suggestions.DidYouMean(meeting.Group, config.Groups.Select(g => g.Id))}");
            return;
        }

        if (Source(meeting.Quorum) is not { } quorum || uncertainGroups.Contains(meeting.Group))
        {
            return;
        }

        // Coordinators and the organizer attend nearly every meeting, so by default they never count for a requirement.
        var counted = meeting.Quorum.CountCoordinators || quorum.Failed("countCoordinators")
            ? members
            : [.. members.Where(p => !IsCoordinatorOrOrganizer(p))];
        foreach (var (node, text, path) in quorum.ScalarItems("requireKinds"))
        {
            if (ConfigKeywords.OrganizationKinds.TryParse(text, out var kind)
                && !counted.Any(p => config.FindOrganization(p.Organization)?.Kind == kind))
            {
                diagnostics.Add(node, members.Any(p => config.FindOrganization(p.Organization)?.Kind == kind)
                    ? $"{path}: only coordinators of group '{meeting.Group}' are from a {ConfigKeywords.ToKeyword(kind)} organization, and coordinators do not count, so the quorum can never be met (set quorum.countCoordinators: true if they should)"
                    : $"{path}: no member of group '{meeting.Group}' is from a {ConfigKeywords.ToKeyword(kind)} organization, so the quorum can never be met");
            }
        }

        CheckRequire(meeting, quorum, members, counted);

        if (meeting.Quorum.MinAccepted is { } min && !quorum.Failed("minAccepted") && members.Count > 0 && min > members.Count)
        {
            quorum.Fail("minAccepted", string.Create(
                CultureInfo.InvariantCulture,
                $"{min} acceptances needed but group '{meeting.Group}' has only {members.Count} members"));
        }
    }

    /// <summary>Each <c>quorum.require</c> selector names known ids and matches a member who counts.</summary>
    private void CheckRequire(Meeting meeting, MappingReader quorum, HashSet<Person> members, IReadOnlyCollection<Person> counted)
    {
        if (quorum.Failed("require"))
        {
            return;
        }

        foreach (var (node, text, path) in quorum.ScalarItems("require"))
        {
            // Syntax errors were reported by the reader; one mistake, one error.
            if (SelectorParser.Parse(text, out _) is not { } selector)
            {
                continue;
            }

            var unknown = SelectorMatcher.UnknownIds(config, selector);
            foreach (var problem in unknown)
            {
                diagnostics.Add(node, $"{path}: {problem}");
            }

            if (unknown.Count > 0 || uncertain.Any(p => CouldMatch(selector, p)))
            {
                continue;
            }

            if (!counted.Any(p => SelectorMatcher.Matches(config, selector, p)))
            {
                diagnostics.Add(node, members.Any(p => SelectorMatcher.Matches(config, selector, p))
                    ? $"{path}: selector '{text}' matches only coordinators of group '{meeting.Group}', and coordinators do not count, so the rule can never be met (set quorum.countCoordinators: true if they should)"
                    : $"{path}: selector '{text}' matches no member of group '{meeting.Group}', so the rule can never be met{ExplainNobody(selector)}");
            }
        }
    }

    private bool IsCoordinatorOrOrganizer(Person person) =>
        config.Partnership.Coordinators.Contains(person.Id, StringComparer.Ordinal)
        || string.Equals(person.Email, config.Partnership.Organizer, StringComparison.OrdinalIgnoreCase);

    private void CheckConvenantPartner(MappingReader m, string key, string id, OrganizationKind expected)
    {
        if (m.Failed(key))
        {
            return;
        }

        var organization = config.FindOrganization(id);
        if (organization is null)
        {
            m.Fail(key, $"unknown organization '{id}'{SuggestOrganization(id)}");
        }
        else if (organization.Kind != expected && Source(organization) is { } source && !source.Failed("kind"))
        {
            m.Fail(key, $"'{id}' is a {ConfigKeywords.ToKeyword(organization.Kind)} organization, not {ConfigKeywords.ToKeyword(expected)}");
        }
    }

    /// <summary>Whether a selector could match a person whose organization, kind or roles the file got wrong.</summary>
    private bool CouldMatch(Selector selector, Person person)
    {
        var source = Source(person);
        bool rolesUnknown = source is not null && source.Failed("roles");
        bool organizationUnknown = source is not null && source.Failed("organization") || config.FindOrganization(person.Organization) is null;
        return SelectorMatcher.Matches(config, selector, person, rolesUnknown, organizationUnknown, organizationUnknown || KindUnknown(person));
    }

    private bool KindUnknown(Person person)
        => config.FindOrganization(person.Organization) is { } organization && Source(organization) is { } m && m.Failed("kind");

    private string SuggestPerson(string id) => Suggestions.DidYouMean(id, config.People.Select(p => p.Id));

    private string SuggestOrganization(string id) => Suggestions.DidYouMean(id, config.Organizations.Select(o => o.Id));
}
