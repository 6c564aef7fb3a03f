namespace Workflows.Messaging.Graph;

/// <summary>Reads a Graph request path: which mailbox it touches, and its shape without ids or addresses for logs.</summary>
internal static class GraphPath
{
    // Segments followed by an id (or a mailbox address) that must not reach logs or metrics.
    private static readonly HashSet<string> IdParents = new(StringComparer.OrdinalIgnoreCase)
    {
        "users", "events", "calendars", "messages", "attachments", "mailFolders",
    };

    /// <summary>The mailbox a <c>/users/{mailbox}/…</c> request touches, lower-cased; null for anything else.</summary>
    internal static string? Mailbox(Uri uri)
    {
        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < segments.Length - 1; i++)
        {
            if (segments[i].Equals("users", StringComparison.OrdinalIgnoreCase))
            {
                return Uri.UnescapeDataString(segments[i + 1]).ToLowerInvariant();
            }
        }

        return null;
    }

    /// <summary>E.g. <c>/v1.0/users/{id}/events/{id}/cancel</c>: the request's shape, safe to log.</summary>
    internal static string Template(Uri uri)
    {
        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 1; i < segments.Length; i++)
        {
            if (IdParents.Contains(segments[i - 1]))
            {
                segments[i] = "{id}";
            }
        }

        return "/" + string.Join('/', segments);
    }
}
