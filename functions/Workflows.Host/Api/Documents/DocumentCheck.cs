using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Workflows.Host.Api.Documents;

/// <summary>
/// Every check an upload passes before anything is stored, in one place for the API and (later) the dashboard and
/// the agenda-item form: a name, not empty, not over the size limit, an allow-listed extension, a declared type that
/// agrees with it, and bytes that are what the extension says.
/// </summary>
internal static class DocumentCheck
{
    public static (AcceptedDocument? Accepted, DocumentRefusal? Refusal) Run(string? rawFileName, string? declaredType, ReadOnlyMemory<byte> content, long maxBytes)
    {
        string? name = DocumentFileName.Sanitize(rawFileName, out var nameError);
        if (name is null)
        {
            return (null, new(StatusCodes.Status400BadRequest, nameError!));
        }

        if (content.IsEmpty)
        {
            return (null, new(StatusCodes.Status400BadRequest, "Het bestand is leeg."));
        }

        if (content.Length > maxBytes)
        {
            return (null, new(StatusCodes.Status413PayloadTooLarge, $"Het bestand is te groot: hoogstens {Size(maxBytes)}."));
        }

        if (DocumentTypes.ByFileName(name) is not { } type)
        {
            return (null, new(StatusCodes.Status415UnsupportedMediaType,
                $"Dit bestandstype is niet toegestaan. Wel toegestaan: {DocumentTypes.Extensions}."));
        }

        if (!DocumentTypes.IsGeneric(declaredType)
            && !(MediaTypeHeaderValue.TryParse(declaredType, out var declared) && type.Accepts(declared.MediaType.Value ?? string.Empty)))
        {
            return (null, new(StatusCodes.Status415UnsupportedMediaType,
                $"Het opgegeven inhoudstype past niet bij de extensie .{type.Extension} (verwacht: {type.MediaType})."));
        }

        if (!DocumentSniffer.Matches(type, content.Span))
        {
            return (null, new(StatusCodes.Status415UnsupportedMediaType,
                $"De inhoud van het bestand past niet bij de extensie .{type.Extension}."));
        }

        return (new AcceptedDocument(name, type, content), null);
    }

    /// <summary>"10 MB", or the bytes for a limit that is no whole number of megabytes.</summary>
    internal static string Size(long bytes)
        => bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024 * 1024)} MB")
            : string.Create(CultureInfo.GetCultureInfo("nl-NL"), $"{bytes:N0} bytes");
}
