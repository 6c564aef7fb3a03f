using System.Text.RegularExpressions;
using Azure.Core;

namespace Workflows.Runtime.Benchmarks;

/// <summary>
/// Names a storage request by service, method and resource, with the hub name, keys, message ids and blob names
/// blanked ("queue GET /{hub}-control-NN/messages"), so requests of one kind add up.
/// </summary>
internal sealed partial class RequestKinds(IReadOnlyDictionary<int, string> serviceByPort, string hubName)
{
    public string Classify(Request request)
    {
        var uri = request.Uri.ToUri();
        string service = serviceByPort.TryGetValue(uri.Port, out var s) ? s : "other";
        string path = uri.AbsolutePath;
        int account = path.IndexOf('/', 1);
        path = account > 0 ? path[account..] : path;
        path = path.Replace(hubName, "{hub}", StringComparison.OrdinalIgnoreCase);
        path = EntityKey().Replace(path, "(key)");
        path = ControlQueue().Replace(path, "-control-NN");
        path = MessageId().Replace(path, "/messages/{id}");
        if (service == "blob")
        {
            path = BlobName().Replace(path, "$1/{blob}");
        }

        return $"{service} {request.Method} {path}{QueryMarker(uri.Query)}";
    }

    private static string QueryMarker(string query)
    {
        if (query.Contains("$filter", StringComparison.Ordinal))
        {
            return "?$filter";
        }

        var comp = Comp().Match(query);
        if (comp.Success)
        {
            return "?comp=" + comp.Groups[1].Value;
        }

        return query.Contains("popreceipt", StringComparison.OrdinalIgnoreCase) ? "?popreceipt" : "";
    }

    [GeneratedRegex(@"\(PartitionKey=.*\)$")]
    private static partial Regex EntityKey();

    [GeneratedRegex(@"-control-\d+")]
    private static partial Regex ControlQueue();

    [GeneratedRegex(@"/messages/[^/]+$")]
    private static partial Regex MessageId();

    [GeneratedRegex(@"^(/[^/]+)/.+$")]
    private static partial Regex BlobName();

    [GeneratedRegex(@"comp=([a-z]+)")]
    private static partial Regex Comp();
}
