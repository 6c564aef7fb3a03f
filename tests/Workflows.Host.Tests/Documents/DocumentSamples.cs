using System.IO.Compression;
using System.Text;

namespace Workflows.Host.Tests.Documents;

/// <summary>Small but real-shaped files of each allowed kind, made in memory (the containers the sniffer checks).</summary>
internal static class DocumentSamples
{
    public static byte[] Pdf(string text = "verslag") => Encoding.ASCII.GetBytes($"%PDF-1.7\n% {text}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    public static byte[] Png() => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0];

    public static byte[] Jpeg() => [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 0x4A, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xFF, 0xD9];

    public static byte[] Text(string text = "Actiepunten: Hilde belt het ROC.\r\n") => Encoding.UTF8.GetBytes(text);

    public static byte[] Docx() => Ooxml("word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");

    public static byte[] Xlsx() => Ooxml("xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");

    public static byte[] Pptx() => Ooxml("ppt/presentation.xml", "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml");

    /// <summary>A Word file with macros: the main part's type is the macro-enabled one.</summary>
    public static byte[] Docm() => Ooxml("word/document.xml", "application/vnd.ms-word.document.macroEnabled.main+xml");

    /// <summary>Claims to be a plain docx but carries a VBA project.</summary>
    public static byte[] DocxWithVba() => Ooxml("word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", ("word/vbaProject.bin", "x"));

    public static byte[] Odt() => Odf("application/vnd.oasis.opendocument.text");

    public static byte[] Ods() => Odf("application/vnd.oasis.opendocument.spreadsheet");

    public static byte[] Odp() => Odf("application/vnd.oasis.opendocument.presentation");

    /// <summary>A zip that is neither: a plain archive.</summary>
    public static byte[] Zip() => MakeZip(("readme.txt", "hallo"));

    public static byte[] Ooxml(string mainPart, string mainType, params (string Name, string Content)[] extra) => MakeZip(
        [
            ("[Content_Types].xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + $"<Override PartName=\"/{mainPart}\" ContentType=\"{mainType}\"/></Types>"),
            ("_rels/.rels", "<Relationships/>"),
            (mainPart, "<document/>"),
            .. extra,
        ]);

    public static byte[] Odf(string mediaType) => MakeZip(("mimetype", mediaType), ("content.xml", "<office:document-content/>"), ("META-INF/manifest.xml", "<manifest/>"));

    private static byte[] MakeZip(params (string Name, string Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                var entry = zip.CreateEntry(name, name == "mimetype" ? CompressionLevel.NoCompression : CompressionLevel.Optimal);
                using var writer = new StreamWriter(entry.Open(), new UTF8Encoding(false));
                writer.Write(content);
            }
        }

        return buffer.ToArray();
    }
}
