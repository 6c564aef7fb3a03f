using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Host.Api.Documents;
using Workflows.Host.Tests.Api;
using Workflows.Host.Tests.Hosting;
using Workflows.Orchestrations.Links;
using Workflows.Testing;

namespace Workflows.Host.Tests.Documents;

/// <summary>
/// Uploading, listing and downloading meeting documents through the API, on Azurite. Profijt's directieberaad meets
/// on 17 November 2026 and 19 January 2027 (today is 23 November 2026).
/// </summary>
[Collection("api-azurite")]
public sealed class DocumentApiTests(AzuriteFixture azurite, SharedHost refusals) : IClassFixture<SharedHost>
{
    private const string Series = "directieberaad";
    private const string Date = "2026-11-17";
    private const string NextDate = "2027-01-19";
    private static readonly string Profijt = File.ReadAllText(CliRun.Sample("profijt.yaml"));

    [Fact]
    public async Task An_upload_is_listed_and_downloads_as_the_same_bytes_with_safe_headers()
    {
        await using var host = await StartAsync();
        byte[] pdf = DocumentSamples.Pdf("besluitenlijst");

        using var upload = await UploadAsync(host, Series, Date, "Verslag directieberaad 17 november.pdf", pdf, "application/pdf", uploadedBy: "coordinator-hilde");

        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        var stored = await ApiHost.JsonAsync(upload);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf)), stored.GetProperty("id").GetString());
        Assert.Equal("Verslag directieberaad 17 november.pdf", stored.GetProperty("fileName").GetString());
        Assert.Equal("application/pdf", stored.GetProperty("contentType").GetString());
        Assert.Equal(pdf.Length, stored.GetProperty("size").GetInt64());
        Assert.Equal("coordinator-hilde", stored.GetProperty("uploadedBy").GetString());
        Assert.Equal("notScanned", stored.GetProperty("scan").GetString());

        using var list = await host.Http.GetAsync(new Uri($"/api/series/{Series}/occurrences/{Date}/documents", UriKind.Relative));
        var listed = Assert.Single((await ApiHost.JsonAsync(list)).EnumerateArray());
        Assert.Equal(stored.GetProperty("id").GetString(), listed.GetProperty("id").GetString());

        using var download = await host.Anonymous.GetAsync(Relative(listed.GetProperty("downloadUrl").GetString()!));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("Verslag directieberaad 17 november.pdf", download.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal("nosniff", string.Join(",", download.Headers.GetValues("X-Content-Type-Options")));
        Assert.Contains("no-store", download.Headers.CacheControl?.ToString(), StringComparison.Ordinal);

        // Stored privately, with its metadata on the blob itself.
        var container = Container(host);
        Assert.Equal(Azure.Storage.Blobs.Models.PublicAccessType.None, (await container.GetPropertiesAsync()).Value.PublicAccess ?? Azure.Storage.Blobs.Models.PublicAccessType.None);
        var blob = Assert.Single(await BlobNamesAsync(host));
        Assert.Equal($"{Series}/{Date}/{stored.GetProperty("id").GetString()}", blob);
        var metadata = (await container.GetBlobClient(blob).GetPropertiesAsync()).Value.Metadata;
        Assert.Equal(Series, metadata["series"]);
        Assert.Equal(Date, metadata["occurrence"]);
        Assert.Equal("coordinator-hilde", metadata["uploadedby"]);
        Assert.Equal(pdf.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), metadata["size"]);
    }

    [Fact]
    public async Task The_same_bytes_twice_are_one_blob_and_the_first_upload_stays()
    {
        await using var host = await StartAsync();
        byte[] docx = DocumentSamples.Docx();

        using var first = await UploadAsync(host, Series, Date, "agenda.docx", docx, uploadedBy: "coordinator-hilde");
        using var second = await UploadAsync(host, Series, Date, "agenda (1).docx", docx, uploadedBy: "coordinator-wim");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var again = await ApiHost.JsonAsync(second);
        Assert.Equal((await ApiHost.JsonAsync(first)).GetProperty("id").GetString(), again.GetProperty("id").GetString());
        Assert.Equal("agenda.docx", again.GetProperty("fileName").GetString());
        Assert.Equal("coordinator-hilde", again.GetProperty("uploadedBy").GetString());
        Assert.Single(await BlobNamesAsync(host));

        // The same bytes for another occurrence are that occurrence's own document.
        using var other = await UploadAsync(host, Series, NextDate, "agenda.docx", docx);
        Assert.Equal(HttpStatusCode.Created, other.StatusCode);
        Assert.Equal(2, (await BlobNamesAsync(host)).Count);
    }

    public static TheoryData<string, byte[], string?, int, string> Refusals() => new()
    {
        { "groot.pdf", [.. DocumentSamples.Pdf(), .. new byte[2048]], null, 413, "Het bestand is te groot: hoogstens 2.048 bytes. Er is niets opgeslagen." },
        { "programma.exe", DocumentSamples.Pdf(), null, 415, "Dit bestandstype is niet toegestaan. Wel toegestaan: pdf, docx, xlsx, pptx, odt, ods, odp, png, jpg, jpeg, txt. Er is niets opgeslagen." },
        { "verslag.pdf", DocumentSamples.Png(), null, 415, "De inhoud van het bestand past niet bij de extensie .pdf. Er is niets opgeslagen." },
        { "verslag.pdf", DocumentSamples.Pdf(), "text/html", 415, "Het opgegeven inhoudstype past niet bij de extensie .pdf (verwacht: application/pdf). Er is niets opgeslagen." },
        { "leeg.pdf", [], null, 400, "Het bestand is leeg. Er is niets opgeslagen." },
        { ".pdf", DocumentSamples.Pdf(), null, 400, "De bestandsnaam is leeg of bestaat alleen uit tekens die niet in een bestandsnaam horen. Er is niets opgeslagen." },
        { new string('x', 250) + ".pdf", DocumentSamples.Pdf(), null, 400, "De bestandsnaam is te lang: 254 tekens, hoogstens 200. Er is niets opgeslagen." },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Each_refusal_is_Dutch_problem_details_and_stores_nothing(string name, byte[] content, string? contentType, int status, string detail)
    {
        var host = await RefusalsHostAsync();

        using var response = await UploadAsync(host, Series, Date, name, content, contentType);

        var problem = await ApiHost.ProblemAsync(response, status);
        Assert.Equal(detail, problem.GetProperty("detail").GetString());
        Assert.Empty(await BlobNamesAsync(host));
    }

    [Fact]
    public async Task Requests_that_are_not_one_file_for_an_occurrence_of_a_known_series_store_nothing()
    {
        var host = await RefusalsHostAsync();
        var pdf = DocumentSamples.Pdf();

        await ApiHost.ProblemAsync(await UploadAsync(host, "nope", Date, "a.pdf", pdf), 404);
        await ApiHost.ProblemAsync(await UploadAsync(host, Series, "2026-11-18", "a.pdf", pdf), 404);
        await ApiHost.ProblemAsync(await UploadAsync(host, Series, "17-11-2026", "a.pdf", pdf), 400);
        var person = await ApiHost.ProblemAsync(await UploadAsync(host, Series, Date, "a.pdf", pdf, uploadedBy: "nobody"), 400);
        Assert.Equal("uploadedBy: 'nobody' is geen persoon uit de configuratie; er is niets opgeslagen.", person.GetProperty("detail").GetString());
        var raw = await ApiHost.ProblemAsync(await host.Http.PostAsync(DocumentsUri(Series, Date), new ByteArrayContent(pdf) { Headers = { ContentType = new MediaTypeHeaderValue("application/pdf") } }), 415);

        // Declared multipart, but no part at all (the fuzz test found this a 500): the reader runs out before a boundary.
        var notMultipart = new StringContent("{\"a\":}");
        notMultipart.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=x");
        Assert.Equal(
            "De multipart/form-data-inhoud is onleesbaar of overschrijdt een limiet; er is niets opgeslagen.",
            (await ApiHost.ProblemAsync(await host.Http.PostAsync(DocumentsUri(Series, Date), notMultipart), 400)).GetProperty("detail").GetString());
        Assert.Equal("Stuur het document als multipart/form-data, met het bestand in het veld file.", raw.GetProperty("detail").GetString());
        using var two = new MultipartFormDataContent { { new ByteArrayContent(pdf), "file", "a.pdf" }, { new ByteArrayContent(pdf), "file", "b.pdf" } };
        Assert.Equal("Stuur precies één bestand, in het veld file; er is niets opgeslagen.", (await ApiHost.ProblemAsync(await host.Http.PostAsync(DocumentsUri(Series, Date), two), 400)).GetProperty("detail").GetString());
        using var wrongField = new MultipartFormDataContent { { new ByteArrayContent(pdf), "bestand", "a.pdf" } };
        await ApiHost.ProblemAsync(await host.Http.PostAsync(DocumentsUri(Series, Date), wrongField), 400);

        // Over the route's body limit (file limit plus the form's envelope): refused before the handler reads it.
        using var huge = await UploadAsync(host, Series, Date, "groot.pdf", [.. pdf, .. new byte[200 * 1024]]);
        await ApiHost.ProblemAsync(huge, 413);
        Assert.Empty(await BlobNamesAsync(host));
    }

    [Fact]
    public async Task Tampered_expired_and_action_links_are_refused_and_a_link_may_be_used_until_it_expires()
    {
        await using var host = await StartAsync();
        using var upload = await UploadAsync(host, Series, Date, "verslag.pdf", DocumentSamples.Pdf());
        var url = Relative((await ApiHost.JsonAsync(upload)).GetProperty("downloadUrl").GetString()!);

        // A download changes nothing, so the same link works again (a mail scanner may have fetched it first).
        Assert.Equal(HttpStatusCode.OK, (await host.Anonymous.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.Anonymous.GetAsync(url)).StatusCode);

        string token = url.OriginalString[DocumentLinks.PathPrefix.Length..];
        string tampered = token[..^2] + (token[^2] == 'A' ? 'B' : 'A') + token[^1];
        await AssertPageAsync(await host.Anonymous.GetAsync(new Uri(DocumentLinks.PathPrefix + tampered, UriKind.Relative)), HttpStatusCode.BadRequest, "Ongeldige link");

        // An action link signed with the links' own key is no download link, and a download link is no action link.
        var actions = host.Services.GetRequiredService<ActionLinks>();
        string action = actions.CreateToken(new ActionLink(Series, "document", new string('a', 64), "api", host.Clock.GetUtcNow().AddDays(1), Date));
        await AssertPageAsync(await host.Anonymous.GetAsync(new Uri(DocumentLinks.PathPrefix + action, UriKind.Relative)), HttpStatusCode.BadRequest, "Ongeldige link");
        Assert.Equal(HttpStatusCode.BadRequest, (await host.Anonymous.GetAsync(new Uri(ActionLinks.PathPrefix + token, UriKind.Relative))).StatusCode);

        host.Clock.Advance(DocumentEndpoints.ApiLinkValidity);
        await AssertPageAsync(await host.Anonymous.GetAsync(url), HttpStatusCode.Gone, "Link verlopen");
    }

    [Fact]
    public async Task A_link_opens_only_the_document_of_the_occurrence_it_was_signed_for()
    {
        await using var host = await StartAsync();
        using var november = await UploadAsync(host, Series, Date, "november.pdf", DocumentSamples.Pdf("november"));
        using var january = await UploadAsync(host, Series, NextDate, "januari.pdf", DocumentSamples.Pdf("januari"));
        string novemberId = (await ApiHost.JsonAsync(november)).GetProperty("id").GetString()!;
        var links = host.Services.GetRequiredService<DocumentLinks>();
        var expires = host.Clock.GetUtcNow().AddDays(30);

        // Genuinely signed, but for January: November's document is not January's, nor another series'.
        var otherOccurrence = links.CreateUrl(new DocumentLink(Series, NextDate, novemberId, "coordinator-hilde", expires));
        var otherSeries = links.CreateUrl(new DocumentLink("klankbord-decanen", Date, novemberId, "coordinator-hilde", expires));
        var own = links.CreateUrl(new DocumentLink(Series, Date, novemberId, "coordinator-hilde", expires));

        await AssertPageAsync(await host.Anonymous.GetAsync(Relative(otherOccurrence.AbsoluteUri)), HttpStatusCode.NotFound, "Document niet gevonden");
        await AssertPageAsync(await host.Anonymous.GetAsync(Relative(otherSeries.AbsoluteUri)), HttpStatusCode.NotFound, "Document niet gevonden");
        using var ok = await host.Anonymous.GetAsync(Relative(own.AbsoluteUri));
        Assert.Equal(DocumentSamples.Pdf("november"), await ok.Content.ReadAsByteArrayAsync());

        // A mail link made with the configured validity (30 days) still works after 29.
        var stored = Assert.Single(await host.Services.GetRequiredService<DocumentStore>().ListAsync(Series, Date, CancellationToken.None));
        var mail = links.CreateUrl(stored, "coordinator-wim", host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Workflows.Host.Api.WorkflowsApiOptions>>().Value.Documents.LinkValidity);
        host.Clock.Advance(TimeSpan.FromDays(29));
        Assert.Equal(HttpStatusCode.OK, (await host.Anonymous.GetAsync(Relative(mail.AbsoluteUri))).StatusCode);
        host.Clock.Advance(TimeSpan.FromDays(1));
        await AssertPageAsync(await host.Anonymous.GetAsync(Relative(mail.AbsoluteUri)), HttpStatusCode.Gone, "Link verlopen");
    }

    [Fact]
    public async Task The_invitation_lists_the_occurrences_documents_with_links_that_work_until_a_week_after_the_meeting()
    {
        await using var host = await StartAsync();
        using (await UploadAsync(host, Series, NextDate, "agenda.docx", DocumentSamples.Docx(), uploadedBy: "coordinator-hilde"))
        {
        }

        host.Clock.Advance(TimeSpan.FromMinutes(1));
        using (await UploadAsync(host, Series, NextDate, "cijfers doorstroom.pdf", DocumentSamples.Pdf("cijfers"), "application/pdf"))
        {
        }

        using (await UploadAsync(host, Series, Date, "november.pdf", DocumentSamples.Pdf("november"), "application/pdf"))
        {
        }

        var sp = host.Services;
        var documents = new InvitationDocuments(
            sp.GetRequiredService<DocumentStore>(), sp.GetRequiredService<DocumentLinks>(), host.Clock, TimeSpan.FromDays(30));
        var meetingEnd = new DateTimeOffset(2027, 1, 19, 17, 0, 0, TimeSpan.FromHours(1));

        var lines = await documents.LinksAsync("profijt", Series, NextDate, meetingEnd, CancellationToken.None);

        // January's documents only, in the order uploaded, each opening its own bytes for the invitation's readers.
        Assert.Equal(["agenda.docx", "cijfers doorstroom.pdf"], lines.Select(l => l.Name));
        var (status, link) = sp.GetRequiredService<DocumentLinks>().Verify(lines[1].Url.AbsolutePath[DocumentLinks.PathPrefix.Length..]);
        Assert.Equal(ActionLinkStatus.Valid, status);
        Assert.Equal((Series, NextDate, InvitationDocuments.Recipient), (link!.SeriesId, link.Date, link.RecipientId));

        // Sent on 23 November, more than 30 days ahead: the links still work a week after the meeting, not after that.
        host.Clock.Advance(meetingEnd.AddDays(7) - host.Clock.GetUtcNow() - TimeSpan.FromHours(1));
        using var onTime = await host.Anonymous.GetAsync(Relative(lines[1].Url.AbsoluteUri));
        Assert.Equal(DocumentSamples.Pdf("cijfers"), await onTime.Content.ReadAsByteArrayAsync());
        host.Clock.Advance(TimeSpan.FromHours(2));
        await AssertPageAsync(await host.Anonymous.GetAsync(Relative(lines[0].Url.AbsoluteUri)), HttpStatusCode.Gone, "Link verlopen");
    }

    [Fact]
    public async Task With_Defender_scanning_a_document_is_served_only_once_tagged_clean()
    {
        await using var host = await StartAsync(new Dictionary<string, string?> { ["Workflows:Documents:MalwareScanning"] = "DefenderForStorage" });
        using var upload = await UploadAsync(host, Series, Date, "verslag.pdf", DocumentSamples.Pdf());
        var stored = await ApiHost.JsonAsync(upload);
        Assert.Equal("pending", stored.GetProperty("scan").GetString());
        Assert.Equal(JsonValueKind.Null, stored.GetProperty("downloadUrl").ValueKind);

        var document = Assert.Single(await host.Services.GetRequiredService<DocumentStore>().ListAsync(Series, Date, CancellationToken.None));
        var url = Relative(host.Services.GetRequiredService<DocumentLinks>().CreateUrl(document, "coordinator-hilde", TimeSpan.FromDays(1)).AbsoluteUri);
        var blob = Container(host).GetBlobClient(Assert.Single(await BlobNamesAsync(host)));

        await AssertPageAsync(await host.Anonymous.GetAsync(url), HttpStatusCode.ServiceUnavailable, "Nog even geduld");
        await blob.SetTagsAsync(new Dictionary<string, string> { [DefenderDocumentScanner.ResultTag] = "Malicious" });
        await AssertPageAsync(await host.Anonymous.GetAsync(url), HttpStatusCode.Forbidden, "Document tegengehouden");
        await blob.SetTagsAsync(new Dictionary<string, string> { [DefenderDocumentScanner.ResultTag] = "Not scanned" });
        await AssertPageAsync(await host.Anonymous.GetAsync(url), HttpStatusCode.Forbidden, "Document tegengehouden");
        await blob.SetTagsAsync(new Dictionary<string, string> { [DefenderDocumentScanner.ResultTag] = DefenderDocumentScanner.NoThreatsFound });
        Assert.Equal(HttpStatusCode.OK, (await host.Anonymous.GetAsync(url)).StatusCode);

        using var list = await host.Http.GetAsync(DocumentsUri(Series, Date));
        Assert.Equal("clean", Assert.Single((await ApiHost.JsonAsync(list)).EnumerateArray()).GetProperty("scan").GetString());
    }

    private async Task<ApiHost> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var host = await ApiHost.StartAsync(azurite, settings: settings);
        (await host.Http.PutAsync(new Uri("/api/config", UriKind.Relative), ApiHost.Yaml(Profijt))).EnsureSuccessStatusCode();
        return host;
    }

    /// <summary>
    /// One host (files up to 2 kB) for every test that stores nothing: each asserts the whole container empty, so a
    /// refusal that stored a file anyway fails its own test (and, sharing the container, the later ones too).
    /// </summary>
    private Task<ApiHost> RefusalsHostAsync()
        => refusals.GetAsync(() => StartAsync(new Dictionary<string, string?> { ["Workflows:Documents:MaxBytes"] = "2048" }));

    private static Uri DocumentsUri(string series, string date) => new($"/api/series/{series}/occurrences/{date}/documents", UriKind.Relative);

    private static async Task<HttpResponseMessage> UploadAsync(
        ApiHost host, string series, string date, string fileName, byte[] content, string? contentType = null, string? uploadedBy = null)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType ?? "application/octet-stream");
        form.Add(file, "file", fileName);
        if (uploadedBy is not null)
        {
            form.Add(new StringContent(uploadedBy), "uploadedBy");
        }

        return await host.Http.PostAsync(DocumentsUri(series, date), form);
    }

    /// <summary>The path of a link made for the public base URL, to call it on the test host.</summary>
    private static Uri Relative(string url) => new(new Uri(url).PathAndQuery, UriKind.Relative);

    private static async Task AssertPageAsync(HttpResponseMessage response, HttpStatusCode status, string title)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"<h1>{title}</h1>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        response.Dispose();
    }

    private BlobContainerClient Container(ApiHost host)
        => new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient($"{host.HubName.ToLowerInvariant()}-documents");

    private async Task<List<string>> BlobNamesAsync(ApiHost host)
    {
        var container = Container(host);
        var names = new List<string>();
        if (!await container.ExistsAsync())
        {
            return names;
        }

        await foreach (var item in container.GetBlobsAsync())
        {
            names.Add(item.Name);
        }

        return names;
    }
}
