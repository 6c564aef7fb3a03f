using Workflows.Orchestrations.Links;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.DurableTask.Client;
using Workflows.Host.Api.Config;
using Workflows.Host.Api.Series;
using Workflows.Orchestrations.Meetings;

namespace Workflows.Host.Api.Links;

/// <summary>
/// <c>GET /api/links/{token}</c> shows a confirmation page and changes nothing (mail scanners fetch links);
/// <c>POST</c> raises the event once. Anonymous: the signature is the authorization.
/// </summary>
internal static class LinkEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var links = api.MapGroup("/links")
            .AllowAnonymous()
            .WithTags("Action links")
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                // Overrides the document-wide key requirement: the signature in the token is the authorization.
                operation.Security = [];
                return Task.CompletedTask;
            })
            .AddEndpointFilter((context, next) => context.HttpContext.RequestServices.GetRequiredService<LinkRateLimiter>().FilterAsync(context, next));
        links.MapGet("/{token}", ShowAsync).WithName("ShowActionLink")
            .WithSummary("A Dutch confirmation page for a signed action link (for the chair's agenda link: the proposal form, in the partnership's language); changes nothing. No key needed.")
            .Produces(StatusCodes.Status200OK, contentType: "text/html")
            .Produces(StatusCodes.Status400BadRequest, contentType: "text/html")
            .Produces(StatusCodes.Status410Gone, contentType: "text/html")
            .Produces(StatusCodes.Status429TooManyRequests, contentType: "text/html");
        links.MapPost("/{token}", UseAsync).WithName("UseActionLink")
            .WithSummary("Confirms a signed action link: raises its event to its instance, once (the chair's agenda link: stores up to three proposed items from the form, application/x-www-form-urlencoded). No key needed.")
            .DisableAntiforgery()
            .MaxBodyBytes(AgendaProposalForm.MaxBodyBytes)
            .Produces(StatusCodes.Status200OK, contentType: "text/html")
            .Produces(StatusCodes.Status400BadRequest, contentType: "text/html")
            .Produces(StatusCodes.Status410Gone, contentType: "text/html")
            .Produces(StatusCodes.Status429TooManyRequests, contentType: "text/html");
    }

    private static async Task<IResult> ShowAsync(
        string token, [FromServices] ActionLinks links, [FromServices] UsedLinkStore used, [FromServices] DurableTaskClient client, [FromServices] IServiceProvider services,
        [FromServices] TimeProvider time, [FromServices] ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var verified = links.Verify(token);
        if (Refusal(verified, loggers) is { } refused)
        {
            return refused;
        }

        var link = verified.Link!;
        if (AgendaProposalLinks.Is(link))
        {
            // The chair's form: it stores proposals itself and raises nothing, so the cycle's instance is not asked.
            return await AgendaProposalForm.ShowAsync(
                link, verified.TokenId!, used, services.GetRequiredService<IPartnershipConfigStore>(), time, loggers.CreateLogger(typeof(LinkEndpoints)), cancellationToken).ConfigureAwait(false);
        }

        if (await used.IsUsedAsync(verified.TokenId!, cancellationToken).ConfigureAwait(false))
        {
            return OccurrenceDecisionLinks.Is(link) ? LinkPages.DecisionUsed() : LinkPages.Used();
        }

        // Say so now rather than after the click when the process it belongs to has ended.
        var instance = await client.GetInstanceAsync(link.InstanceId, cancellation: cancellationToken).ConfigureAwait(false);
        return instance is null || instance.IsCompleted ? LinkPages.Closed()
            : OccurrenceDecisionLinks.Is(link) ? LinkPages.ConfirmDecision(link)
            : LinkPages.Confirm(link);
    }

    private static async Task<IResult> UseAsync(
        string token, HttpRequest request, [FromServices] ActionLinks links, [FromServices] UsedLinkStore used, [FromServices] DurableTaskClient client, [FromServices] IServiceProvider services,
        [FromServices] TimeProvider time, [FromServices] ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(typeof(LinkEndpoints));
        var verified = links.Verify(token);
        if (Refusal(verified, loggers) is { } refused)
        {
            return refused;
        }

        var link = verified.Link!;
        if (AgendaProposalLinks.Is(link))
        {
            return await AgendaProposalForm.UseAsync(
                link, verified.TokenId!, request, used, services.GetRequiredService<IPartnershipConfigStore>(), services.GetRequiredService<AgendaItemStores>(), time, logger, cancellationToken).ConfigureAwait(false);
        }

        var instance = await client.GetInstanceAsync(link.InstanceId, cancellation: cancellationToken).ConfigureAwait(false);
        if (instance is null || instance.IsCompleted)
        {
            ApiLog.LinkRefused(logger, "instance missing or finished");
            return LinkPages.Closed();
        }

        // Claim first: of two racing confirmations only one gets past this line, so the event is raised once.
        if (!await used.TryClaimAsync(verified.TokenId!, link, cancellationToken).ConfigureAwait(false))
        {
            ApiLog.LinkRefused(logger, "used before");
            return OccurrenceDecisionLinks.Is(link) ? LinkPages.DecisionUsed() : LinkPages.Used();
        }

        // A coordinator's decision is the event the meeting cycle waits for; every other link raises {action, recipient, at}.
        object payload = OccurrenceDecisionLinks.Is(link)
            ? OccurrenceDecisionLinks.Request(link)
            : new ActionLinkEvent(link.Action, link.RecipientId, time.GetUtcNow());
        try
        {
            await client.RaiseEventAsync(link.InstanceId, link.EventName, payload, CancellationToken.None).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Whatever went wrong, the claim is given back so the link is not lost unused.
        catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
        {
            ApiLog.LinkRaiseFailed(logger, link.InstanceId, e);
            await used.ReleaseAsync(verified.TokenId!, CancellationToken.None).ConfigureAwait(false);
            return LinkPages.Failed();
        }

        ApiLog.LinkUsed(logger, link.EventName, link.InstanceId);
        return OccurrenceDecisionLinks.Is(link) ? LinkPages.DecisionDone(link) : LinkPages.Done(link);
    }

    private static IResult? Refusal(ActionLinkVerification verified, [FromServices] ILoggerFactory loggers)
    {
        switch (verified.Status)
        {
            case ActionLinkStatus.Invalid:
                ApiLog.LinkRefused(loggers.CreateLogger(typeof(LinkEndpoints)), "invalid signature or format");
                return LinkPages.Invalid();
            case ActionLinkStatus.Expired:
                ApiLog.LinkRefused(loggers.CreateLogger(typeof(LinkEndpoints)), "expired");
                return verified.Link is { } expired && OccurrenceDecisionLinks.Is(expired) ? LinkPages.DecisionExpired(expired) : LinkPages.Expired();
            case ActionLinkStatus.Valid when verified.Link is { } link && OccurrenceDecisionLinks.IsMalformed(link):
                ApiLog.LinkRefused(loggers.CreateLogger(typeof(LinkEndpoints)), "decision without a date or with an unknown decision");
                return LinkPages.Invalid();
            default:
                return null;
        }
    }
}
