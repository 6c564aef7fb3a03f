namespace Workflows.Partnerships.Configuration;

/// <summary>
/// What the first pass read: a configuration that may hold placeholders where the file was wrong,
/// plus, for every record read from a mapping, the reader that knows where its fields are.
/// Never leaves the loader unless no error was found.
/// </summary>
internal sealed record ConfigDraft(PartnershipConfig Config, IReadOnlyDictionary<object, MappingReader> Sources);
