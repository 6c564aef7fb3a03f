namespace Workflows.Host.Api.Documents;

/// <summary>
/// The allow-list of meeting documents: what a verslag, an agenda item's notes or a subsidy overview is written in.
/// Nothing executable or scriptable: no macro-enabled Office files (docm, xlsm), no HTML or SVG (script in the
/// browser), no archives (zip, which hide what they hold), no legacy binary Office (doc, xls: macro carriers).
/// </summary>
internal static class DocumentTypes
{
    private const string Ooxml = "application/vnd.openxmlformats-officedocument.";
    private const string Odf = "application/vnd.oasis.opendocument.";

    public static readonly IReadOnlyList<DocumentType> All =
    [
        new("pdf", "application/pdf", DocumentFormat.Pdf, ["application/x-pdf"]),
        new("docx", Ooxml + "wordprocessingml.document", DocumentFormat.OfficeOpenXml, []),
        new("xlsx", Ooxml + "spreadsheetml.sheet", DocumentFormat.OfficeOpenXml, []),
        new("pptx", Ooxml + "presentationml.presentation", DocumentFormat.OfficeOpenXml, []),
        new("odt", Odf + "text", DocumentFormat.OpenDocument, []),
        new("ods", Odf + "spreadsheet", DocumentFormat.OpenDocument, []),
        new("odp", Odf + "presentation", DocumentFormat.OpenDocument, []),
        new("png", "image/png", DocumentFormat.Png, []),
        new("jpg", "image/jpeg", DocumentFormat.Jpeg, ["image/jpg", "image/pjpeg"]),
        new("jpeg", "image/jpeg", DocumentFormat.Jpeg, ["image/jpg", "image/pjpeg"]),
        new("txt", "text/plain; charset=utf-8", DocumentFormat.Text, []),
    ];

    /// <summary>"pdf, docx, …" for messages.</summary>
    public static string Extensions => string.Join(", ", All.Select(t => t.Extension));

    /// <summary>The type of a file name's extension (case-insensitive), or null when it is not allowed.</summary>
    public static DocumentType? ByFileName(string fileName)
    {
        int dot = fileName.LastIndexOf('.');
        if (dot < 0 || dot == fileName.Length - 1)
        {
            return null;
        }

        string extension = fileName[(dot + 1)..];
        return All.FirstOrDefault(t => string.Equals(t.Extension, extension, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Declared types that say nothing about the file (curl's default, or no type at all).</summary>
    public static bool IsGeneric(string? declared)
        => string.IsNullOrWhiteSpace(declared)
            || string.Equals(declared, "application/octet-stream", StringComparison.OrdinalIgnoreCase)
            || string.Equals(declared, "binary/octet-stream", StringComparison.OrdinalIgnoreCase);
}
