using NodaTime;
using NodaTime.Text;
using Workflows.Messaging;
using Workflows.Partnerships.Configuration;
using Workflows.Partnerships.Limits;
using Workflows.Partnerships.Selectors;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Workflows.Host.Simulation;

/// <summary>Reads a responses file, reporting every mistake as <c>file:line:col: message</c>; any error yields no file.</summary>
/// <remarks>
/// The file is held to the configuration's limits (size, nesting, aliases; TextLimits for every text), so that no
/// responses file ends <c>simulate</c> with an exception instead of located errors.
/// </remarks>
public static class ResponsesFileReader
{
    private static readonly string[] TopKeys = ["default", "rules", "acknowledge", "decisions", "agendaItems", "presence", "minutes"];
    private static readonly string[] RuleKeys = ["series", "date", "who", "response", "comment"];
    private static readonly string[] AcknowledgeKeys = ["round", "who", "date"];
    private static readonly string[] DecisionKeys = ["series", "date", "decision", "who", "at"];
    private static readonly string[] AgendaKeys = ["series", "date", "who", "title", "accepted"];
    private static readonly string[] PresenceKeys = ["series", "date", "organizations"];
    private static readonly string[] MinutesKeys = ["series", "date", "text", "actionItems", "approve", "at"];
    private static readonly string[] ActionItemKeys = ["what", "owner", "due", "done"];

    /// <summary>The longest title of an agenda item (one line), as the API allows.</summary>
    public const int AgendaTitleLength = Api.Series.AgendaItemInput.MaxTitleLength;
    private static readonly LocalDateTimePattern AtPattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm");

    /// <summary>Who decided when a decision does not say.</summary>
    public const string DefaultWho = "simulate";

    public static (ResponsesFile? File, IReadOnlyList<ConfigError> Errors) Load(string path, PartnershipConfig config)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(config);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return (null, [new ConfigError(path, 1, 1, $"cannot read the file: {e.Message}")]);
        }

        return Parse(text, path, config);
    }

    public static (ResponsesFile? File, IReadOnlyList<ConfigError> Errors) Parse(string yaml, string fileName, PartnershipConfig config)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(config);
        var errors = new List<ConfigError>();
        void Error(Mark at, string message) => errors.Add(new ConfigError(fileName, (int)Math.Max(1, at.Line), (int)Math.Max(1, at.Column), message));

        if (YamlLimits.Check(yaml, fileName) is { Count: > 0 } tooLarge)
        {
            return (null, tooLarge);
        }

        var stream = new YamlStream();
        var parser = new Parser(new StringReader(yaml));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException e)
        {
            Error(e.Start, $"YAML syntax error: {e.Message}");
            return (null, errors);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // YamlDotNet also fails without a position on some broken text (see PartnershipConfigLoader).
            Error(parser.Current?.Start ?? Mark.Empty, "YAML syntax error: cannot read on from here (an unclosed '[', '{' or quote?)");
            return (null, errors);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            Error(stream.Documents.Count == 0 ? Mark.Empty : stream.Documents[0].RootNode.Start, "a responses file is a mapping with 'default', 'rules' and 'acknowledge'");
            return (null, errors);
        }

        var @default = ResponseStatus.None;
        var rules = new List<ResponseRule>();
        var acknowledge = new List<AcknowledgeRule>();
        var decisions = new List<DecisionRule>();
        var agendaItems = new List<AgendaItemRule>();
        var presence = new List<PresenceRule>();
        var minutes = new List<MinutesRule>();
        foreach (var (keyNode, value) in root.Children)
        {
            if (KeyName(keyNode, string.Empty) is not { } key)
            {
                continue;
            }

            switch (key)
            {
                case "default":
                    @default = Response(value, "default") ?? ResponseStatus.None;
                    break;
                case "rules":
                    foreach (var item in Items(value, "rules"))
                    {
                        if (ReadRule(item) is { } rule)
                        {
                            rules.Add(rule);
                        }
                    }

                    break;
                case "acknowledge":
                    foreach (var item in Items(value, "acknowledge"))
                    {
                        if (ReadAcknowledge(item) is { } rule)
                        {
                            acknowledge.Add(rule);
                        }
                    }

                    break;
                case "decisions":
                    foreach (var item in Items(value, "decisions"))
                    {
                        if (ReadDecision(item) is { } decision)
                        {
                            decisions.Add(decision);
                        }
                    }

                    break;
                case "agendaItems":
                    foreach (var item in Items(value, "agendaItems"))
                    {
                        if (ReadAgendaItem(item) is { } agendaItem)
                        {
                            agendaItems.Add(agendaItem);
                        }
                    }

                    break;
                case "presence":
                    foreach (var item in Items(value, "presence"))
                    {
                        if (ReadPresence(item) is { } confirmed)
                        {
                            presence.Add(confirmed);
                        }
                    }

                    break;
                case "minutes":
                    foreach (var item in Items(value, "minutes"))
                    {
                        if (ReadMinutes(item) is { } written)
                        {
                            minutes.Add(written);
                        }
                    }

                    break;
                default:
                    Error(keyNode.Start, $"unknown key '{key}' (expected {string.Join(", ", TopKeys)})");
                    break;
            }
        }

        return errors.Count > 0 ? (null, [.. errors.OrderBy(e => e.Line).ThenBy(e => e.Column)]) : (new ResponsesFile(@default, rules, acknowledge) { Decisions = decisions, AgendaItems = agendaItems, Presence = presence, Minutes = minutes }, []);

        ResponseRule? ReadRule(YamlMappingNode item)
        {
            var fields = Fields(item, RuleKeys, "rules");
            string? series = Scalar(fields, item, "series", required: true, TextLimits.Id);
            if (series is not null && fields.TryGetValue("series", out var seriesNode) && config.FindMeeting(series) is null)
            {
                Error(seriesNode.Start, $"rules: no meeting series '{series}'; the configuration has: {string.Join(", ", config.Meetings.Select(m => m.Id))}");
                series = null;
            }

            var date = Date(fields, "rules");
            var (who, people) = Who(fields, item, "rules");
            var response = fields.TryGetValue("response", out var responseNode) ? Response(responseNode, "rules.response") : MissingResponse(item);
            string? comment = Scalar(fields, item, "comment", required: false, TextLimits.Text, multiline: true);
            return series is null || people is null || response is null || date is { Valid: false }
                ? null
                : new ResponseRule(series, date?.Value, who!, response.Value, comment, people);
        }

        AcknowledgeRule? ReadAcknowledge(YamlMappingNode item)
        {
            var fields = Fields(item, AcknowledgeKeys, "acknowledge");
            string? round = Scalar(fields, item, "round", required: true, TextLimits.Id);
            if (round is not null && fields.TryGetValue("round", out var roundNode) && config.FindSubsidyRound(round) is null)
            {
                Error(roundNode.Start, $"acknowledge: no subsidy round '{round}'; the configuration has: {string.Join(", ", config.SubsidyRounds.Select(r => r.Id))}");
                round = null;
            }

            var date = Date(fields, "acknowledge");
            var (who, people) = Who(fields, item, "acknowledge");
            return round is null || people is null || date is { Valid: false } ? null : new AcknowledgeRule(round, who!, date?.Value, people);
        }

        DecisionRule? ReadDecision(YamlMappingNode item)
        {
            var fields = Fields(item, DecisionKeys, "decisions");
            string? series = Scalar(fields, item, "series", required: true, TextLimits.Id);
            var meeting = series is null ? null : config.FindMeeting(series);
            if (series is not null && meeting is null)
            {
                Error(fields["series"].Start, $"decisions: no meeting series '{series}'; the configuration has: {string.Join(", ", config.Meetings.Select(m => m.Id))}");
            }

            var date = Date(fields, "decisions");
            if (date is null)
            {
                Error(item.Start, "decisions: 'date' is missing (the occurrence's series date, yyyy-MM-dd)");
            }
            else if (date is { Valid: true } day && meeting is not null && !Api.Series.SeriesDates.IsOccurrence(config, meeting, day.Value, day.Value))
            {
                Error(fields["date"].Start, $"decisions: series '{series}' has no meeting on {LocalDatePattern.Iso.Format(day.Value)}");
                date = (false, day.Value);
            }

            string? decision = Scalar(fields, item, "decision", required: true, TextLimits.Id);
            if (decision is not null && decision is not ("hold" or "cancel"))
            {
                Error(fields["decision"].Start, $"decisions: '{decision}' is not a decision (expected hold or cancel)");
                decision = null;
            }

            string? who = Scalar(fields, item, "who", required: false, TextLimits.Name);
            LocalDateTime? at = null;
            bool atValid = true;
            if (Scalar(fields, item, "at", required: false, TextLimits.Id) is { } atText)
            {
                var parsed = AtPattern.Parse(atText);
                atValid = parsed.Success;
                if (parsed.Success)
                {
                    at = parsed.Value;
                }
                else
                {
                    Error(fields["at"].Start, TextLimits.Fits(atText, 20) ? $"decisions: at must be a local date-time yyyy-MM-ddTHH:mm, not '{atText}'" : "decisions: at must be a local date-time yyyy-MM-ddTHH:mm");
                }
            }

            return meeting is null || date is not { Valid: true } || decision is null || !atValid
                ? null
                : new DecisionRule(series!, date.Value.Value, decision, who ?? DefaultWho, at);
        }

        AgendaItemRule? ReadAgendaItem(YamlMappingNode item)
        {
            var fields = Fields(item, AgendaKeys, "agendaItems");
            string? series = Scalar(fields, item, "series", required: true, TextLimits.Id);
            var meeting = series is null ? null : config.FindMeeting(series);
            if (series is not null && meeting is null)
            {
                Error(fields["series"].Start, $"agendaItems: no meeting series '{series}'; the configuration has: {string.Join(", ", config.Meetings.Select(m => m.Id))}");
            }

            var date = Date(fields, "agendaItems");
            if (date is null)
            {
                Error(item.Start, "agendaItems: 'date' is missing (the occurrence's series date, yyyy-MM-dd)");
            }
            else if (date is { Valid: true } day && meeting is not null && !Api.Series.SeriesDates.IsOccurrence(config, meeting, day.Value, day.Value))
            {
                Error(fields["date"].Start, $"agendaItems: series '{series}' has no meeting on {LocalDatePattern.Iso.Format(day.Value)}");
                date = (false, day.Value);
            }

            string? who = Scalar(fields, item, "who", required: true, TextLimits.Id);
            var person = who is null ? null : config.FindPerson(who);
            if (who is not null && person is null)
            {
                Error(fields["who"].Start, $"agendaItems: who '{who}' is not a person id of the configuration");
            }

            string? title = Scalar(fields, item, "title", required: true, AgendaTitleLength);
            bool accepted = true;
            bool acceptedValid = true;
            if (fields.TryGetValue("accepted", out var acceptedNode))
            {
                switch ((acceptedNode as YamlScalarNode)?.Value)
                {
                    case "true":
                        break;
                    case "false":
                        accepted = false;
                        break;
                    default:
                        Error(acceptedNode.Start, "agendaItems: accepted is true or false");
                        acceptedValid = false;
                        break;
                }
            }

            return meeting is null || date is not { Valid: true } || person is null || title is null || !acceptedValid
                ? null
                : new AgendaItemRule(meeting.Id, date.Value.Value, person.Id, person.Name, title.Trim(), accepted);
        }

        PresenceRule? ReadPresence(YamlMappingNode item)
        {
            var fields = Fields(item, PresenceKeys, "presence");
            string? series = Scalar(fields, item, "series", required: true, TextLimits.Id);
            var meeting = series is null ? null : config.FindMeeting(series);
            if (series is not null && meeting is null)
            {
                Error(fields["series"].Start, $"presence: no meeting series '{series}'; the configuration has: {string.Join(", ", config.Meetings.Select(m => m.Id))}");
            }

            var date = Date(fields, "presence");
            if (date is null)
            {
                Error(item.Start, "presence: 'date' is missing (the occurrence's series date, yyyy-MM-dd)");
            }
            else if (date is { Valid: true } day && meeting is not null && !Api.Series.SeriesDates.IsOccurrence(config, meeting, day.Value, day.Value))
            {
                Error(fields["date"].Start, $"presence: series '{series}' has no meeting on {LocalDatePattern.Iso.Format(day.Value)}");
                date = (false, day.Value);
            }

            var organizations = new List<string>();
            bool organizationsValid = true;
            if (!fields.TryGetValue("organizations", out var list))
            {
                Error(item.Start, "presence: 'organizations' is missing (the organization ids present; [] when nobody came)");
                organizationsValid = false;
            }
            else if (list is not YamlSequenceNode sequence)
            {
                Error(list.Start, "presence: organizations must be a list of organization ids");
                organizationsValid = false;
            }
            else if (sequence.Children.Count > config.Organizations.Count)
            {
                Error(list.Start, $"presence: organizations has {sequence.Children.Count} entries; the configuration has only {config.Organizations.Count} organizations");
                organizationsValid = false;
            }
            else
            {
                foreach (var entry in sequence)
                {
                    string? id = (entry as YamlScalarNode)?.Value;
                    if (id is null || !TextLimits.Fits(id, TextLimits.Id) || config.FindOrganization(id) is null)
                    {
                        Error(entry.Start, id is not null && TextLimits.Fits(id, TextLimits.Id)
                            ? $"presence: '{id}' is not an organization id of the configuration"
                            : "presence: each organization is an organization id of the configuration");
                        organizationsValid = false;
                    }
                    else if (!organizations.Contains(id, StringComparer.Ordinal))
                    {
                        organizations.Add(id);
                    }
                }
            }

            return meeting is null || date is not { Valid: true } || !organizationsValid
                ? null
                : new PresenceRule(meeting.Id, date.Value.Value, organizations);
        }

        MinutesRule? ReadMinutes(YamlMappingNode item)
        {
            var fields = Fields(item, MinutesKeys, "minutes");
            string? series = Scalar(fields, item, "series", required: true, TextLimits.Id);
            var meeting = series is null ? null : config.FindMeeting(series);
            if (series is not null && meeting is null)
            {
                Error(fields["series"].Start, $"minutes: no meeting series '{series}'; the configuration has: {string.Join(", ", config.Meetings.Select(m => m.Id))}");
            }

            var date = Date(fields, "minutes");
            if (date is null)
            {
                Error(item.Start, "minutes: 'date' is missing (the occurrence's series date, yyyy-MM-dd)");
            }
            else if (date is { Valid: true } day && meeting is not null && !Api.Series.SeriesDates.IsOccurrence(config, meeting, day.Value, day.Value))
            {
                Error(fields["date"].Start, $"minutes: series '{series}' has no meeting on {LocalDatePattern.Iso.Format(day.Value)}");
                date = (false, day.Value);
            }

            string? text = Scalar(fields, item, "text", required: true, Orchestrations.Minutes.MinutesRules.MaxTextLength, multiline: true);
            bool approve = Flag(fields, "approve", "minutes") ?? true;
            LocalDateTime? at = null;
            bool valid = meeting is not null && date is { Valid: true } && text is not null;
            if (fields.TryGetValue("at", out var atNode))
            {
                if ((atNode as YamlScalarNode)?.Value is { } atText && AtPattern.Parse(atText) is { Success: true } parsed)
                {
                    at = parsed.Value;
                }
                else
                {
                    Error(atNode.Start, "minutes: at must be yyyy-MM-ddTHH:mm (local time)");
                    valid = false;
                }
            }

            var drafts = new List<Orchestrations.Minutes.ActionItemDraft>();
            var done = new Dictionary<string, LocalDate>(StringComparer.Ordinal);
            if (fields.TryGetValue("actionItems", out var list))
            {
                foreach (var entry in Items(list, "minutes: actionItems"))
                {
                    var itemFields = Fields(entry, ActionItemKeys, "minutes: actionItems");
                    string? what = Scalar(itemFields, entry, "what", required: true, Orchestrations.Minutes.MinutesRules.MaxWhatLength);
                    string? owner = Scalar(itemFields, entry, "owner", required: true, TextLimits.Id);
                    string? due = Scalar(itemFields, entry, "due", required: true, 20);
                    if (what is null || owner is null || due is null)
                    {
                        valid = false;
                        continue;
                    }

                    var draft = new Orchestrations.Minutes.ActionItemDraft(what, owner, due);
                    if (meeting is not null && date is { Valid: true } held)
                    {
                        // The platform's own checks (owner in the series, due after the meeting), located at the item.
                        var problems = new List<string>();
                        Orchestrations.Minutes.MinutesRules.Check(
                            Orchestrations.Meetings.SeriesSnapshots.Create(config, meeting), LocalDatePattern.Iso.Format(held.Value), string.Empty, [draft], problems, "actionItem", english: true);
                        foreach (string problem in problems)
                        {
                            Error(entry.Start, $"minutes: {problem.Replace("actionItem[0].", string.Empty, StringComparison.Ordinal)}");
                            valid = false;
                        }
                    }

                    if (itemFields.TryGetValue("done", out var doneNode))
                    {
                        if ((doneNode as YamlScalarNode)?.Value is { } doneText && LocalDatePattern.Iso.Parse(doneText) is { Success: true } doneOn)
                        {
                            done[Orchestrations.Minutes.ActionItemKeys.Of(owner, what)] = doneOn.Value;
                        }
                        else
                        {
                            Error(doneNode.Start, "minutes: done must be the date the item was done, yyyy-MM-dd");
                            valid = false;
                        }
                    }

                    drafts.Add(draft);
                }
            }

            return valid ? new MinutesRule(meeting!.Id, date!.Value.Value, text!, drafts, approve, at, done) : null;
        }

        bool? Flag(Dictionary<string, YamlNode> fields, string name, string where)
        {
            if (!fields.TryGetValue(name, out var node))
            {
                return null;
            }

            switch ((node as YamlScalarNode)?.Value)
            {
                case "true":
                    return true;
                case "false":
                    return false;
                default:
                    Error(node.Start, $"{where}: {name} is true or false");
                    return null;
            }
        }

        ResponseStatus? MissingResponse(YamlNode item)
        {
            Error(item.Start, "rules: 'response' is missing (accepted, declined, tentative or none)");
            return null;
        }

        ResponseStatus? Response(YamlNode node, string where)
        {
            string? value = (node as YamlScalarNode)?.Value;
            if (value is not null && TextLimits.Check(value, where, TextLimits.Line, english: true) is { } misfit)
            {
                Error(node.Start, misfit);
                return null;
            }

            switch (value)
            {
                case "accepted": return ResponseStatus.Accepted;
                case "declined": return ResponseStatus.Declined;
                case "tentative": return ResponseStatus.TentativelyAccepted;
                case "none": return ResponseStatus.None;
                default:
                    Error(node.Start, $"{where}: '{value}' is not a response (expected accepted, declined, tentative or none)");
                    return null;
            }
        }

        IEnumerable<YamlMappingNode> Items(YamlNode node, string where)
        {
            if (node is not YamlSequenceNode list)
            {
                Error(node.Start, $"{where}: expected a list");
                yield break;
            }

            foreach (var item in list)
            {
                if (item is YamlMappingNode mapping)
                {
                    yield return mapping;
                }
                else
                {
                    Error(item.Start, $"{where}: each entry is a mapping");
                }
            }
        }

        Dictionary<string, YamlNode> Fields(YamlMappingNode item, string[] allowed, string where)
        {
            var fields = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
            foreach (var (k, v) in item.Children)
            {
                if (KeyName(k, where) is not { } name)
                {
                    continue;
                }

                if (!allowed.Contains(name, StringComparer.Ordinal))
                {
                    Error(k.Start, $"{where}: unknown key '{name}' (expected {string.Join(", ", allowed)})");
                }
                else if (!fields.TryAdd(name, v))
                {
                    Error(k.Start, $"{where}: key '{name}' written twice");
                }
            }

            return fields;
        }

        string? KeyName(YamlNode key, string where)
        {
            string prefix = where.Length == 0 ? string.Empty : $"{where}: ";
            if (key is not YamlScalarNode { Value: { } name })
            {
                Error(key.Start, $"{prefix}a key must be a plain name, not a list or a mapping");
                return null;
            }

            if (TextLimits.Check(name, $"{prefix}a key", TextLimits.Id, english: true) is { } misfit)
            {
                Error(key.Start, misfit);
                return null;
            }

            return name;
        }

        string? Scalar(Dictionary<string, YamlNode> fields, YamlNode item, string name, bool required, int maxLength = TextLimits.Line, bool multiline = false)
        {
            if (!fields.TryGetValue(name, out var node))
            {
                if (required)
                {
                    Error(item.Start, $"'{name}' is missing");
                }

                return null;
            }

            if (node is YamlScalarNode { Value: { Length: > 0 } value })
            {
                if (TextLimits.Check(value, $"'{name}'", maxLength, multiline, english: true) is { } misfit)
                {
                    Error(node.Start, misfit);
                    return null;
                }

                return value;
            }

            Error(node.Start, $"'{name}' must be a single value");
            return null;
        }

        (bool Valid, LocalDate Value)? Date(Dictionary<string, YamlNode> fields, string where)
        {
            if (!fields.TryGetValue("date", out var node))
            {
                return null;
            }

            string text = (node as YamlScalarNode)?.Value ?? string.Empty;
            var parsed = LocalDatePattern.Iso.Parse(text);
            if (!parsed.Success)
            {
                // The value is echoed only when it is short and one line.
                Error(node.Start, TextLimits.Fits(text, 20) ? $"{where}: date must be yyyy-MM-dd, not '{text}'" : $"{where}: date must be yyyy-MM-dd");
                return (false, default);
            }

            return (true, parsed.Value);
        }

        (string? Who, IReadOnlySet<string>? People) Who(Dictionary<string, YamlNode> fields, YamlNode item, string where)
        {
            string? who = Scalar(fields, item, "who", required: true);
            if (who is null)
            {
                return (null, null);
            }

            var problems = SelectorResolver.Validate(config, who);
            if (problems.Count > 0)
            {
                Error(fields["who"].Start, $"{where}: who '{who}': {string.Join("; ", problems)}");
                return (who, null);
            }

            var people = SelectorResolver.Resolve(config, [who]).Select(s => s.Person.Email.ToUpperInvariant()).ToHashSet(StringComparer.Ordinal);
            if (people.Count == 0)
            {
                Error(fields["who"].Start, $"{where}: who '{who}' matches nobody");
                return (who, null);
            }

            return (who, people);
        }
    }
}
