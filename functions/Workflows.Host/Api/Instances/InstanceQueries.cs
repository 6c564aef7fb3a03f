using System.Globalization;
using Azure;
using Microsoft.DurableTask.Client;

namespace Workflows.Host.Api.Instances;

/// <summary>
/// The instance list of <c>GET /api/instances</c> and the dashboard's Operations tab: the same filter parsing and
/// the same engine query, one page at a time with the engine's continuation token.
/// </summary>
internal static class InstanceQueries
{
    public const int MaxPageSize = 1000;

    /// <summary>
    /// Statuses from one or more values, each possibly comma-separated ("running,pending"), any case; null when none
    /// is given (every status). Values that are not a status are added to <paramref name="unknown"/>.
    /// </summary>
    public static List<OrchestrationRuntimeStatus>? ParseStatuses(IEnumerable<string?> values, List<string> unknown)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(unknown);
        var parts = values
            .Where(v => !string.IsNullOrWhiteSpace(v))
            .SelectMany(v => v!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToList();
        if (parts.Count == 0)
        {
            return null;
        }

        var list = new List<OrchestrationRuntimeStatus>();
        foreach (string part in parts)
        {
            if (Enum.TryParse<OrchestrationRuntimeStatus>(part, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
            {
                if (!list.Contains(parsed))
                {
                    list.Add(parsed);
                }
            }
            else
            {
                unknown.Add(part);
            }
        }

        return list;
    }

    /// <summary>A page size of 1 to <see cref="MaxPageSize"/>.</summary>
    public static bool TryParsePageSize(string text, out int size)
        => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out size) && size is >= 1 and <= MaxPageSize;

    /// <summary>The storage service's tokens are a few hundred characters; longer ones are refused unread.</summary>
    public const int MaxContinuationTokenLength = 4096;

    /// <summary>Whether a continuation token could be one of the storage service's (length, no control characters), before asking it.</summary>
    public static bool IsPlausibleToken(string token) => Workflows.Partnerships.Limits.TextLimits.Fits(token, MaxContinuationTokenLength);

    /// <summary>
    /// One page of instances matching <paramref name="query"/>, from <paramref name="continuationToken"/> (null: the
    /// first). Null when the storage service refuses the token (one not made by it): the caller answers 400.
    /// </summary>
    public static async Task<InstanceQueryPage?> PageAsync(DurableTaskClient client, OrchestrationQuery query, string? continuationToken, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(query);
        try
        {
            await foreach (var page in client.GetAllInstancesAsync(query).AsPages(string.IsNullOrEmpty(continuationToken) ? null : continuationToken, query.PageSize)
                .WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                return new InstanceQueryPage(page.Values, page.ContinuationToken);
            }
        }
        catch (RequestFailedException e) when (e.Status == 400 && !string.IsNullOrEmpty(continuationToken))
        {
            return null;
        }

        return new InstanceQueryPage([], null);
    }
}
