namespace Workflows.Host.Api.Documents;

/// <summary>How a document's bytes are recognised; several extensions may share one container format (zip).</summary>
internal enum DocumentFormat
{
    Pdf,
    Png,
    Jpeg,
    Text,

    /// <summary>Office Open XML (docx, xlsx, pptx): a zip whose <c>[Content_Types].xml</c> names the main part.</summary>
    OfficeOpenXml,

    /// <summary>OpenDocument (odt, ods, odp): a zip whose first entry <c>mimetype</c> holds the media type.</summary>
    OpenDocument,
}
