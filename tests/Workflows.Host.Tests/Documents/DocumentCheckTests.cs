using Microsoft.AspNetCore.Http;
using Workflows.Host.Api.Documents;

namespace Workflows.Host.Tests.Documents;

/// <summary>The checks before anything is stored: names, sizes, the allow-list and the bytes against the extension.</summary>
public sealed class DocumentCheckTests
{
    private const long Max = 10 * 1024 * 1024;

    public static TheoryData<string, string, byte[]> Allowed() => new()
    {
        { "verslag.pdf", "application/pdf", DocumentSamples.Pdf() },
        { "besluitenlijst.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", DocumentSamples.Docx() },
        { "begroting.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", DocumentSamples.Xlsx() },
        { "presentatie.pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation", DocumentSamples.Pptx() },
        { "notulen.odt", "application/vnd.oasis.opendocument.text", DocumentSamples.Odt() },
        { "cijfers.ods", "application/vnd.oasis.opendocument.spreadsheet", DocumentSamples.Ods() },
        { "dia's.odp", "application/vnd.oasis.opendocument.presentation", DocumentSamples.Odp() },
        { "foto.png", "image/png", DocumentSamples.Png() },
        { "foto.JPG", "image/jpeg", DocumentSamples.Jpeg() },
        { "foto.jpeg", "image/jpeg", DocumentSamples.Jpeg() },
        { "actiepunten.txt", "text/plain; charset=utf-8", DocumentSamples.Text() },
    };

    [Theory]
    [MemberData(nameof(Allowed))]
    public void Each_allowed_type_passes_with_its_stored_content_type(string name, string contentType, byte[] content)
    {
        var (accepted, refusal) = DocumentCheck.Run(name, "application/octet-stream", content, Max);

        Assert.Null(refusal);
        Assert.Equal(name, accepted!.FileName);
        Assert.Equal(contentType, accepted.Type.ContentType);
    }

    public static TheoryData<string, byte[]> Mismatched() => new()
    {
        { "verslag.pdf", DocumentSamples.Png() },
        { "foto.png", DocumentSamples.Pdf() },
        { "foto.jpg", DocumentSamples.Png() },
        { "brief.docx", DocumentSamples.Xlsx() },
        { "brief.docx", DocumentSamples.Odt() },
        { "brief.docx", DocumentSamples.Docm() },
        { "brief.docx", DocumentSamples.DocxWithVba() },
        { "brief.docx", DocumentSamples.Zip() },
        { "brief.docx", DocumentSamples.Pdf() },
        { "notulen.odt", DocumentSamples.Ods() },
        { "notulen.odt", DocumentSamples.Docx() },
        { "cijfers.xlsx", [0x50, 0x4B, 0x03, 0x04, 1, 2, 3] },
        { "notities.txt", DocumentSamples.Pdf().Concat(new byte[] { 0 }).ToArray() },
        { "notities.txt", [0xC3, 0x28] },
        { "notities.txt", DocumentSamples.Png() },
    };

    [Theory]
    [MemberData(nameof(Mismatched))]
    public void Content_that_is_not_what_the_extension_says_is_refused(string name, byte[] content)
    {
        var (accepted, refusal) = DocumentCheck.Run(name, null, content, Max);

        Assert.Null(accepted);
        Assert.Equal(StatusCodes.Status415UnsupportedMediaType, refusal!.Status);
        Assert.StartsWith("De inhoud van het bestand past niet bij de extensie", refusal.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("setup.exe")]
    [InlineData("pagina.html")]
    [InlineData("logo.svg")]
    [InlineData("oud.doc")]
    [InlineData("macro.docm")]
    [InlineData("alles.zip")]
    [InlineData("zonder-extensie")]
    [InlineData("punt.")]
    public void Types_outside_the_allow_list_are_refused(string name)
    {
        var (_, refusal) = DocumentCheck.Run(name, null, DocumentSamples.Pdf(), Max);

        Assert.Equal(StatusCodes.Status415UnsupportedMediaType, refusal!.Status);
        Assert.Equal("Dit bestandstype is niet toegestaan. Wel toegestaan: pdf, docx, xlsx, pptx, odt, ods, odp, png, jpg, jpeg, txt.", refusal.Detail);
    }

    [Fact]
    public void A_declared_type_that_contradicts_the_extension_is_refused_and_aliases_pass()
    {
        Assert.Equal(StatusCodes.Status415UnsupportedMediaType, DocumentCheck.Run("verslag.pdf", "text/html", DocumentSamples.Pdf(), Max).Refusal!.Status);
        Assert.Null(DocumentCheck.Run("verslag.pdf", "application/pdf", DocumentSamples.Pdf(), Max).Refusal);
        Assert.Null(DocumentCheck.Run("foto.jpg", "image/pjpeg", DocumentSamples.Jpeg(), Max).Refusal);
        Assert.Null(DocumentCheck.Run("a.txt", "text/plain; charset=utf-8", DocumentSamples.Text(), Max).Refusal);
    }

    [Fact]
    public void Empty_and_too_large_are_refused()
    {
        var empty = DocumentCheck.Run("leeg.pdf", null, ReadOnlyMemory<byte>.Empty, Max).Refusal!;
        var large = DocumentCheck.Run("groot.pdf", null, DocumentSamples.Pdf(), 10).Refusal!;

        Assert.Equal((StatusCodes.Status400BadRequest, "Het bestand is leeg."), (empty.Status, empty.Detail));
        Assert.Equal(StatusCodes.Status413PayloadTooLarge, large.Status);
        Assert.Equal("Het bestand is te groot: hoogstens 10 bytes.", large.Detail);
        Assert.Equal("Het bestand is te groot: hoogstens 10 MB.", DocumentCheck.Run("groot.pdf", null, new byte[Max + 1], Max).Refusal!.Detail);
    }

    [Theory]
    [InlineData(@"C:\Users\hilde\Documents\verslag.pdf", "verslag.pdf")]
    [InlineData("../../etc/verslag.pdf", "verslag.pdf")]
    [InlineData("verslag\u202Efdp.exe.pdf", "verslagfdp.exe.pdf")]
    [InlineData("  ver<sl>ag:  nov?*.pdf  ", "ver_sl_ag_ nov__.pdf")]
    [InlineData("con.pdf", "_con.pdf")]
    [InlineData("Verslag directieberaad 17 november 2026.pdf", "Verslag directieberaad 17 november 2026.pdf")]
    [InlineData("Cafe\u0301.pdf", "Café.pdf")]
    [InlineData("regel\r\nbreuk.pdf", "regelbreuk.pdf")]
    public void Names_are_sanitized(string raw, string expected)
        => Assert.Equal(expected, DocumentFileName.Sanitize(raw, out _));

    [Theory]
    [InlineData("", "De bestandsnaam ontbreekt.")]
    [InlineData("   ", "De bestandsnaam ontbreekt.")]
    [InlineData(".pdf", "De bestandsnaam is leeg of bestaat alleen uit tekens die niet in een bestandsnaam horen.")]
    [InlineData("\u202E\u0000.pdf", "De bestandsnaam is leeg of bestaat alleen uit tekens die niet in een bestandsnaam horen.")]
    [InlineData("map/", "De bestandsnaam is leeg of bestaat alleen uit tekens die niet in een bestandsnaam horen.")]
    public void Names_with_nothing_usable_are_refused(string raw, string error)
    {
        Assert.Null(DocumentFileName.Sanitize(raw, out var message));
        Assert.Equal(error, message);
        Assert.Equal(StatusCodes.Status400BadRequest, DocumentCheck.Run(raw, null, DocumentSamples.Pdf(), Max).Refusal!.Status);
    }

    [Fact]
    public void Names_over_200_characters_are_refused_not_cut()
    {
        string name = new string('a', 197) + ".pdf";

        Assert.Null(DocumentFileName.Sanitize(name, out var error));
        Assert.Equal("De bestandsnaam is te lang: 201 tekens, hoogstens 200.", error);
        Assert.Equal(new string('a', 196) + ".pdf", DocumentFileName.Sanitize(new string('a', 196) + ".pdf", out _));
        Assert.Equal("De bestandsnaam is te lang: hoogstens 200 tekens.", DocumentCheck.Run(new string('a', 5000) + ".pdf", null, DocumentSamples.Pdf(), Max).Refusal!.Detail);
    }
}
