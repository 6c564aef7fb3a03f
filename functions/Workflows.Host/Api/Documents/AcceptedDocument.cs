namespace Workflows.Host.Api.Documents;

/// <summary>An upload that passed every check: the cleaned name, its allow-listed type and the bytes to store.</summary>
internal sealed record AcceptedDocument(string FileName, DocumentType Type, ReadOnlyMemory<byte> Content);
