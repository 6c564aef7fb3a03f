using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Microsoft.OpenApi;
using NodaTime.Text;
using Workflows.Host.Api.Config;
using Workflows.Orchestrations.Meetings;
using Workflows.Host.Api.Links;
using Workflows.Host.Api.Series;
using Workflows.Orchestrations.Links;
using Workflows.Partnerships.Configuration;
using Workflows.Partnerships.Limits;

namespace Workflows.Host.Api.Documents;

/// <summary>
/// Meeting documents: coordinators upload and list them per occurrence (API key); recipients download them through a
/// signed, expiring link (<c>GET /api/documents/{token}</c>, anonymous: the signature is the authorization).
/// </summary>
internal static class DocumentEndpoints
{
    /// <summary>The multipart envelope around the file: part headers, boundaries and the <c>uploadedBy</c> field.</summary>
    private const long FormOverheadBytes = 64 * 1024;

    /// <summary>How long the links in the API's own answers work: for the coordinator's tool, not for mail.</summary>
    internal static readonly TimeSpan ApiLinkValidity = TimeSpan.FromHours(1);

    /// <summary>Who uploaded, when the API key did without naming a person (as on the timeline).</summary>
    internal const string ApiWho = "api";

    public static void Map(RouteGroupBuilder api)
    {
        long maxBytes = ((IEndpointRouteBuilder)api).ServiceProvider.GetRequiredService<IOptions<WorkflowsApiOptions>>().Value.Documents.MaxBytes;
        api.MapPost("/series/{id}/occurrences/{date}/documents", UploadAsync)
            .WithName("UploadDocument").WithTags("Documents")
            .WithSummary("Stores a document for one occurrence (multipart/form-data: file, uploadedBy? = a person id). 201 when stored, 200 when the same bytes were already stored for the occurrence (nothing changes). Allowed: pdf, docx, xlsx, pptx, odt, ods, odp, png, jpg, jpeg, txt; the content must match the extension.")
            .DisableAntiforgery()
            .DocumentBody(JsonSchemaType.Object, required: true, "multipart/form-data")
            .MaxBodyBytes(maxBytes + FormOverheadBytes)
            .Produces<DocumentSummary>(StatusCodes.Status201Created)
            .Produces<DocumentSummary>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        api.MapGet("/series/{id}/occurrences/{date}/documents", ListAsync)
            .WithName("ListDocuments").WithTags("Documents")
            .WithSummary("The documents of one occurrence, oldest first, each with its scan status and a signed download link valid for an hour.")
            .Produces<IReadOnlyList<DocumentSummary>>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGroup("/documents")
            .AllowAnonymous()
            .WithTags("Documents")
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                // Overrides the document-wide key requirement: the signature in the token is the authorization.
                operation.Security = [];
                return Task.CompletedTask;
            })
            .AddEndpointFilter((context, next) => context.HttpContext.RequestServices.GetRequiredService<LinkRateLimiter>().FilterAsync(context, next))
            .MapGet("/{token}", DownloadAsync)
            .WithName("DownloadDocument")
            .WithSummary("The document of a signed download link, as an attachment; usable until the link expires. No key needed.")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .Produces(StatusCodes.Status400BadRequest, contentType: "text/html")
            .Produces(StatusCodes.Status403Forbidden, contentType: "text/html")
            .Produces(StatusCodes.Status404NotFound, contentType: "text/html")
            .Produces(StatusCodes.Status410Gone, contentType: "text/html")
            .Produces(StatusCodes.Status429TooManyRequests, contentType: "text/html")
            .Produces(StatusCodes.Status503ServiceUnavailable, contentType: "text/html");
    }

    private static async Task<IResult> UploadAsync(
        string id, string date, HttpRequest request, [FromServices] IPartnershipConfigStore store, [FromServices] DocumentStore documents,
        [FromServices] DocumentLinks links, [FromServices] IDocumentScanner scanner, [FromServices] IOptions<WorkflowsApiOptions> options,
        [FromServices] TimeProvider time, [FromServices] ILoggerFactory loggers, [FromServices] DurableTaskClient client, CancellationToken cancellationToken)
    {
        var occurrence = await OccurrenceAsync(store, time, id, date, cancellationToken).ConfigureAwait(false);
        if (occurrence.Problem is { } problem)
        {
            return problem;
        }

        if (!request.HasFormContentType || !MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            || !string.Equals(type.MediaType.Value, "multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            return ApiProblems.UnsupportedMediaType("Stuur het document als multipart/form-data, met het bestand in het veld file.");
        }

        long maxBytes = options.Value.Documents.MaxBytes;

        // The route's body limit says the same before the handler runs where the host adds UseRequestBodyLimit; this
        // holds for a host without it, before a byte is read.
        if (request.ContentLength > maxBytes + FormOverheadBytes)
        {
            return ApiProblems.TooLarge($"Het bestand is te groot: hoogstens {DocumentCheck.Size(maxBytes)}. Er is niets opgeslagen.");
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(new FormOptions
            {
                MultipartBodyLengthLimit = maxBytes + FormOverheadBytes,
                ValueCountLimit = 8,
                KeyLengthLimit = 64,
                ValueLengthLimit = 1024,
                MultipartHeadersCountLimit = 8,
                MultipartHeadersLengthLimit = 4096,
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is InvalidDataException || (e is IOException && e is not BadHttpRequestException))
        {
            // A body that is no multipart at all ends before its first boundary: the reader says so with an
            // IOException ("Unexpected end of Stream"). Kestrel's own refusals (413 over the limit) stay its own.
            return ApiProblems.BadRequest("De multipart/form-data-inhoud is onleesbaar of overschrijdt een limiet; er is niets opgeslagen.");
        }

        if (form.Files.Count != 1 || form.Files[0].Name != "file")
        {
            return ApiProblems.BadRequest("Stuur precies één bestand, in het veld file; er is niets opgeslagen.");
        }

        string uploadedBy = ApiWho;
        if (form.TryGetValue("uploadedBy", out var who) && !string.IsNullOrEmpty(who.ToString()))
        {
            string person = who.ToString();
            if (TextLimits.Check(person, "uploadedBy", TextLimits.Id) is { } error)
            {
                return ApiProblems.BadRequest(error + " Er is niets opgeslagen.");
            }

            if (occurrence.Config!.FindPerson(person) is null)
            {
                return ApiProblems.BadRequest($"uploadedBy: '{person}' is geen persoon uit de configuratie; er is niets opgeslagen.");
            }

            uploadedBy = person;
        }

        var file = form.Files[0];
        if (file.Length > maxBytes)
        {
            return ApiProblems.TooLarge($"Het bestand is te groot: hoogstens {DocumentCheck.Size(maxBytes)}. Er is niets opgeslagen.");
        }

        byte[] content = new byte[file.Length];
        await using (var stream = file.OpenReadStream())
        {
            await stream.ReadExactlyAsync(content, cancellationToken).ConfigureAwait(false);
        }

        var (accepted, refusal) = DocumentCheck.Run(file.FileName, file.ContentType, content, maxBytes);
        if (refusal is not null)
        {
            DocumentLog.Refused(loggers.CreateLogger(typeof(DocumentEndpoints)), refusal.Status);
            return Refused(refusal);
        }

        var (stored, created) = await documents.StoreAsync(id, date, accepted!, uploadedBy, cancellationToken).ConfigureAwait(false);
        DocumentLog.Stored(loggers.CreateLogger(typeof(DocumentEndpoints)), id, date, stored.Id, stored.Size, created);
        if (created)
        {
            // A new document after the invitation went out goes to the members with "agenda en stukken".
            await MeetingAgendaCommands.AgendaChangedAsync(client, occurrence.Config!.Partnership.Id, id, date, cancellationToken).ConfigureAwait(false);
        }

        var summary = await SummaryAsync(stored, documents, links, scanner, cancellationToken).ConfigureAwait(false);
        return created
            ? TypedResults.Created($"{ApiEndpoints.Prefix}/series/{Uri.EscapeDataString(id)}/occurrences/{date}/documents", summary)
            : TypedResults.Ok(summary);
    }

    private static async Task<IResult> ListAsync(
        string id, string date, [FromServices] IPartnershipConfigStore store, [FromServices] DocumentStore documents, [FromServices] DocumentLinks links,
        [FromServices] IDocumentScanner scanner, [FromServices] TimeProvider time, CancellationToken cancellationToken)
    {
        var occurrence = await OccurrenceAsync(store, time, id, date, cancellationToken).ConfigureAwait(false);
        if (occurrence.Problem is { } problem)
        {
            return problem;
        }

        var list = new List<DocumentSummary>();
        foreach (var document in await documents.ListAsync(id, date, cancellationToken).ConfigureAwait(false))
        {
            list.Add(await SummaryAsync(document, documents, links, scanner, cancellationToken).ConfigureAwait(false));
        }

        return TypedResults.Ok(list);
    }

    private static async Task<IResult> DownloadAsync(
        string token, HttpContext context, [FromServices] DocumentLinks links, [FromServices] DocumentStore documents, [FromServices] IDocumentScanner scanner,
        [FromServices] ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(typeof(DocumentEndpoints));
        var (status, link) = links.Verify(token);
        if (status != ActionLinkStatus.Valid)
        {
            DocumentLog.LinkRefused(logger, status == ActionLinkStatus.Expired ? "expired" : "invalid signature or format");
            return status == ActionLinkStatus.Expired ? DocumentPages.Expired() : DocumentPages.Invalid();
        }

        // The blob is looked up under the occurrence the link was signed for: a link reaches no other occurrence's files.
        if (await documents.FindAsync(link!.SeriesId, link.Date, link.DocumentId, cancellationToken).ConfigureAwait(false) is not { } document)
        {
            DocumentLog.LinkRefused(logger, "no such document");
            return DocumentPages.Missing();
        }

        var blob = documents.Blob(document.SeriesId, document.Date, document.Id);
        var scan = await scanner.StatusAsync(blob, cancellationToken).ConfigureAwait(false);
        if (!DocumentSummary.Downloadable(scan))
        {
            DocumentLog.LinkRefused(logger, $"scan status {DocumentSummary.ScanName(scan)}");
            return scan == DocumentScanStatus.Pending ? DocumentPages.Pending() : DocumentPages.Blocked();
        }

        var download = (await blob.DownloadStreamingAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Value;
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(document.FileName);
        var headers = context.Response.Headers;
        headers.ContentDisposition = disposition.ToString();
        headers.XContentTypeOptions = "nosniff";
        headers.CacheControl = "private, no-store";
        headers["Referrer-Policy"] = "no-referrer";
        headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
        DocumentLog.Downloaded(logger, document.SeriesId, document.Date, document.Id);
        return TypedResults.Stream(download.Content, document.ContentType);
    }

    private static async Task<DocumentSummary> SummaryAsync(
        StoredDocument document, DocumentStore documents, DocumentLinks links, IDocumentScanner scanner, CancellationToken cancellationToken)
    {
        var scan = await scanner.StatusAsync(documents.Blob(document.SeriesId, document.Date, document.Id), cancellationToken).ConfigureAwait(false);
        (Uri Url, DateTimeOffset ExpiresAt)? link = DocumentSummary.Downloadable(scan) ? links.Create(document, ApiWho, ApiLinkValidity) : null;
        return new DocumentSummary(
            document.Id, document.FileName, document.ContentType, document.Size, document.SeriesId, document.Date, document.UploadedBy, document.UploadedAt,
            DocumentSummary.ScanName(scan), link?.Url, link?.ExpiresAt);
    }

    /// <summary>The series and the date, when the date is one of the series' occurrences by its own planning; otherwise the problem.</summary>
    private static async Task<(PartnershipConfig? Config, IResult? Problem)> OccurrenceAsync(
        IPartnershipConfigStore store, TimeProvider time, string id, string date, CancellationToken cancellationToken)
    {
        var parsed = LocalDatePattern.Iso.Parse(date);
        if (!parsed.Success)
        {
            return (null, ApiProblems.BadRequest("Het verzoek is ongeldig.", [$"date: '{date}' is geen datum (yyyy-MM-dd)."]));
        }

        var current = await store.GetCurrentAsync(cancellationToken).ConfigureAwait(false);
        if (current is null)
        {
            return (null, ApiProblems.NotFound("Er is nog geen configuratie opgeslagen (PUT /api/config)."));
        }

        if (current.Config.FindMeeting(id) is not { } meeting)
        {
            return (null, ApiProblems.NotFound($"Er is geen overlegreeks '{id}'; de configuratie heeft: {string.Join(", ", current.Config.Meetings.Select(m => m.Id))}."));
        }

        if (!SeriesDates.IsOccurrence(current.Config, meeting, parsed.Value, AmsterdamToday.From(time)))
        {
            return (null, ApiProblems.NotFound($"Overlegreeks '{id}' heeft geen bijeenkomst op {date}; de datums staan in GET /api/series/{id}/occurrences."));
        }

        return (current.Config, null);
    }

    private static IResult Refused(DocumentRefusal refusal)
        => ApiProblems.Problem(refusal.Status, refusal.Status switch
        {
            StatusCodes.Status413PayloadTooLarge => "Te groot",
            StatusCodes.Status415UnsupportedMediaType => "Verkeerd inhoudstype",
            _ => "Ongeldige invoer",
        }, refusal.Detail + " Er is niets opgeslagen.");
}
