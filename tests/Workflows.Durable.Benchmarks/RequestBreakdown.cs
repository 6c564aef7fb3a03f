using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Workflows.Durable.Benchmarks;

/// <summary>
/// Diagnostics for --breakdown: counts the storage requests of the measured phase by kind (method and resource), to
/// show where a run's requests go. It listens to HttpClient's diagnostics, which see every request of the process;
/// the client's are told apart by an async-local mark set where the benchmark acts as the client (everything else,
/// notably the worker's loops started from the unmarked runner, counts as the worker's).
/// </summary>
internal sealed partial class RequestBreakdown : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private static readonly AsyncLocal<bool> IsClient = new();
    private readonly ConcurrentDictionary<string, long> _counts = new(StringComparer.Ordinal);
    private readonly List<IDisposable> _subscriptions = [];
    private readonly string _hubName;
    private volatile bool _counting;

    public RequestBreakdown(string hubName)
    {
        _hubName = hubName;
        _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
    }

    /// <summary>Marks the calling async flow (and what it starts) as the benchmark's client.</summary>
    public static void MarkClient() => IsClient.Value = true;

    public void Start()
    {
        _counts.Clear();
        _counting = true;
    }

    public void Stop() => _counting = false;

    public void Report()
    {
        foreach (var (kind, count) in _counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal))
        {
            Progress.Phase(FormattableString.Invariant($"breakdown: {count,6} {kind}"));
        }
    }

    public void Dispose()
    {
        foreach (var subscription in _subscriptions)
        {
            subscription.Dispose();
        }
    }

    void IObserver<DiagnosticListener>.OnNext(DiagnosticListener value)
    {
        if (value.Name == "HttpHandlerDiagnosticListener")
        {
            lock (_subscriptions)
            {
                _subscriptions.Add(value.Subscribe(this));
            }
        }
    }

    void IObserver<KeyValuePair<string, object?>>.OnNext(KeyValuePair<string, object?> value)
    {
        if (!_counting || value.Key != "System.Net.Http.HttpRequestOut.Start"
            || value.Value?.GetType().GetProperty("Request")?.GetValue(value.Value) is not HttpRequestMessage request)
        {
            return;
        }

        string origin = IsClient.Value ? "client" : "worker";
        _counts.AddOrUpdate($"{origin} {request.Method} {Classify(request.RequestUri)}", 1, (_, n) => n + 1);
    }

    void IObserver<DiagnosticListener>.OnCompleted()
    {
    }

    void IObserver<DiagnosticListener>.OnError(Exception error)
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnCompleted()
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnError(Exception error)
    {
    }

    /// <summary>The resource with the hub name, keys and ids blanked, plus the query's comp or $filter marker.</summary>
    private string Classify(Uri? uri)
    {
        if (uri is null)
        {
            return "?";
        }

        string path = uri.AbsolutePath.Replace(_hubName, "{hub}", StringComparison.OrdinalIgnoreCase);
        path = EntityKey().Replace(path, "(key)");
        path = MessageId().Replace(path, "/messages/{id}");
        path = BlobName().Replace(path, "-payloads/{blob}");
        string query = uri.Query.Contains("$filter", StringComparison.Ordinal) ? "?$filter" : uri.Query.Contains("comp=", StringComparison.Ordinal) ? "?comp" : "";
        return path + query;
    }

    [GeneratedRegex(@"\(PartitionKey=.*\)$")]
    private static partial Regex EntityKey();

    [GeneratedRegex(@"/messages/[^/]+$")]
    private static partial Regex MessageId();

    [GeneratedRegex(@"-payloads/.+$")]
    private static partial Regex BlobName();
}
