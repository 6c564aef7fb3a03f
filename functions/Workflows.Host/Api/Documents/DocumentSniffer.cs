using System.IO.Compression;
using System.Text;
using System.Text.Unicode;

namespace Workflows.Host.Api.Documents;

/// <summary>
/// Whether a document's bytes are what its extension says: the extension alone is the uploader's word, and a
/// renamed file (an .exe called verslag.pdf, an HTML page called notes.txt) must not be served as the type it claims.
/// Only the container is checked, not that the whole file is well formed: that is the reader's business, and the
/// malware scan (<see cref="IDocumentScanner"/>) looks inside.
/// </summary>
internal static class DocumentSniffer
{
    /// <summary>More entries than any real Office file has: a zip built to cost time is refused unread.</summary>
    private const int MaxZipEntries = 10_000;

    /// <summary><c>[Content_Types].xml</c> is a few kilobytes; more is refused rather than inflated.</summary>
    private const int MaxContentTypesBytes = 256 * 1024;

    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();
    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] JpegMagic = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];

    /// <summary>The main part's content type in <c>[Content_Types].xml</c> per OOXML extension (macro-enabled ones differ and are refused).</summary>
    private static readonly Dictionary<string, string> OoxmlMainParts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        ["xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
        ["pptx"] = "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
    };

    public static bool Matches(DocumentType type, ReadOnlySpan<byte> bytes)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type.Format switch
        {
            DocumentFormat.Pdf => bytes.StartsWith(PdfMagic),
            DocumentFormat.Png => bytes.StartsWith(PngMagic),
            DocumentFormat.Jpeg => bytes.StartsWith(JpegMagic),
            DocumentFormat.Text => IsText(bytes),
            DocumentFormat.OfficeOpenXml => bytes.StartsWith(ZipMagic) && IsOfficeOpenXml(type.Extension, bytes.ToArray()),
            DocumentFormat.OpenDocument => bytes.StartsWith(ZipMagic) && IsOpenDocument(type.MediaType, bytes.ToArray()),
            _ => false,
        };
    }

    /// <summary>UTF-8 (a BOM allowed) without NUL or other control characters than tab, line breaks and form feed.</summary>
    private static bool IsText(ReadOnlySpan<byte> bytes)
    {
        if (!Utf8.IsValid(bytes))
        {
            return false;
        }

        foreach (byte b in bytes)
        {
            if ((b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C)) || b == 0x7F)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsOfficeOpenXml(string extension, byte[] bytes)
    {
        if (!OoxmlMainParts.TryGetValue(extension, out var mainPart))
        {
            return false;
        }

        return WithZip(bytes, zip =>
        {
            // A VBA project in a file that claims to be macro-free is refused whatever its content types say.
            if (zip.Entries.Any(e => e.FullName.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase)))
            {
                return false;
            }

            var types = zip.GetEntry("[Content_Types].xml");
            return types is not null && ReadBounded(types) is { } xml
                && xml.Contains($"ContentType=\"{mainPart}\"", StringComparison.OrdinalIgnoreCase);
        });
    }

    /// <summary>OpenDocument puts an uncompressed <c>mimetype</c> entry first, holding exactly the media type.</summary>
    private static bool IsOpenDocument(string mediaType, byte[] bytes)
        => WithZip(bytes, zip =>
            zip.Entries.Count > 0
            && zip.Entries[0].FullName == "mimetype"
            && ReadBounded(zip.Entries[0]) is { } text
            && string.Equals(text.Trim(), mediaType, StringComparison.Ordinal));

    private static bool WithZip(byte[] bytes, Func<ZipArchive, bool> check)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            return zip.Entries.Count <= MaxZipEntries && check(zip);
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    private static string? ReadBounded(ZipArchiveEntry entry)
    {
        if (entry.Length > MaxContentTypesBytes)
        {
            return null;
        }

        using var stream = entry.Open();
        var buffer = new byte[MaxContentTypesBytes + 1];
        int total = 0;
        int read;
        while (total < buffer.Length && (read = stream.Read(buffer, total, buffer.Length - total)) > 0)
        {
            total += read;
        }

        return total > MaxContentTypesBytes ? null : Encoding.UTF8.GetString(buffer, 0, total);
    }
}
