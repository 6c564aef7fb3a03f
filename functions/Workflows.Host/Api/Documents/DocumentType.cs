namespace Workflows.Host.Api.Documents;

/// <summary>
/// One allow-listed kind of document: its extension, the content type it is stored and served with, the content
/// types a client may declare for it, and how its bytes are recognised (<see cref="DocumentSniffer"/>).
/// </summary>
internal sealed record DocumentType(string Extension, string ContentType, DocumentFormat Format, IReadOnlyList<string> DeclaredAliases)
{
    /// <summary>The content type without parameters (<c>text/plain</c> of <c>text/plain; charset=utf-8</c>).</summary>
    public string MediaType => ContentType.Split(';')[0];

    /// <summary>What a client may declare besides the canonical type (browsers and tools vary).</summary>
    public bool Accepts(string declared)
        => string.Equals(declared, MediaType, StringComparison.OrdinalIgnoreCase)
            || DeclaredAliases.Contains(declared, StringComparer.OrdinalIgnoreCase);
}
