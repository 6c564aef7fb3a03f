using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Html.Parser;
using CsCheck;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Workflows.Host.Api.Links;
using Workflows.Host.Dashboard;
using Workflows.Host.Tests.Dashboard;
using Workflows.Testing;

namespace Workflows.Host.Tests.Fuzz;

/// <summary>
/// Generated hostile requests against the whole app (API, dashboard, links) on the virtual-time runtime, on the Profijt
/// sample early in the school year, then a month of the year: never a 5xx, never a Failed instance, and a request
/// that is refused (4xx), only reads (GET) or only asks for confirmation changes nothing that is stored.
/// <para>
/// Replay a run with <c>CsCheck_Seed=&lt;seed from the failure&gt;</c>; <c>FUZZ_REQUESTS</c> sets the number of
/// requests (default 200).
/// </para>
/// </summary>
[Collection(FuzzAzuriteCollectionDefinition.Name)]
public sealed class HostileRequestsFuzzTests(AzuriteFixture azurite, Xunit.Abstractions.ITestOutputHelper output)
{
    // Kestrel's default KestrelServerLimits.MaxRequestLineSize.
    private const int MaxRequestLine = 8 * 1024;

    /// <summary>A body over the smallest route limit (the JSON routes' 64 kB) may be refused with 413 before it is read.</summary>
    private static bool OverTheSmallestBodyLimit(FuzzRequest request) =>
        request.Body is { } body && System.Text.Encoding.UTF8.GetByteCount(body) > Workflows.Host.Api.Subsidies.JsonBody.MaxBytes;

    private static readonly LocalDateTime Start = new(2026, 8, 3, 9, 0);

    [Fact]
    public async Task Hostile_requests_to_every_route_and_form_never_answer_5xx_never_fail_a_workflow_and_change_nothing_when_refused()
    {
        int count = int.TryParse(Environment.GetEnvironmentVariable("FUZZ_REQUESTS"), NumberStyles.Integer, CultureInfo.InvariantCulture, out int n) && n > 0 ? n : 200;
        var errors = new ServerErrorLog();
        await using var host = await DashboardHost.StartAsync(azurite, services: s => s.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(errors));
        await host.RunUntilAsync(Start);
        using var session = host.NewSession(out _);
        await DashboardHost.SignInAsync(session);
        using var signOut = host.NewSession(out _);
        await DashboardHost.SignInAsync(signOut);
        var targets = await FuzzTargets.DiscoverAsync(host, session, host.Services.GetRequiredService<LinkSigningKey>().Bytes);
        Assert.Contains(targets.Routes, r => r.Pattern.StartsWith("/api/", StringComparison.Ordinal));
        Assert.Contains(targets.Routes, r => r.Pattern.StartsWith("/dashboard/", StringComparison.Ordinal) && r.Method == "POST");
        Assert.NotEmpty(targets.Forms);
        output.WriteLine($"{targets.Routes.Count} routes: {string.Join(", ", targets.Routes.Select(r => $"{r.Method} {r.Pattern}"))}");
        output.WriteLine($"{targets.Forms.Count} forms: {string.Join("; ", targets.Forms.Select(f => $"{f.Key} ({string.Join(", ", f.Value.Select(v => v.Name))})"))}");
        var run = new FuzzRun(host, azurite.ConnectionString, errors, session, signOut, DashboardHost.CsrfToken(await session.GetStringAsync(new Uri("dashboard", UriKind.Relative))));

        await FuzzRequests.For(targets).Array[count].SampleAsync(
            async requests =>
            {
                await run.SendAllAsync(requests, targets);
                await host.RunUntilAsync(Start.PlusMonths(1));
                await run.CheckInstancesAsync("after running the clock a month");
                await run.ReadEverythingAsync(targets);
                if (run.Failures.Count > 0)
                {
                    throw new Xunit.Sdk.XunitException(
                        $"{run.Failures.Count} failure(s) of {run.Failures.Select(f => f.Kind).Distinct().Count()} kind(s) in {requests.Length} generated requests (replay: CsCheck_Seed as CsCheck reports it below, FUZZ_REQUESTS={count}):\n\n"
                        + run.Report()
                        + "\n\nRequests that changed something:\n" + string.Join("\n", run.Accepted));
                }
            },
            iter: 1,
            threads: 1,
            print: requests => $"{requests.Length} requests");
    }

    /// <summary>The state of one run: the clients, the last stored state, what failed and what was accepted.</summary>
    private sealed class FuzzRun(DashboardHost host, string connectionString, ServerErrorLog errors, HttpClient session, HttpClient signOut, string csrf)
    {
        private readonly HashSet<string> _failedReported = new(StringComparer.Ordinal);
        private StoredState? _state;

        /// <summary>What went wrong: the kind (one line, the same for the same defect) and the request with its answer.</summary>
        public List<(string Kind, string Route, string Text)> Failures { get; } = [];

        /// <summary>The failures by kind: how often, on which routes, and the first three in full.</summary>
        public string Report() => string.Join("\n\n", Failures.GroupBy(f => f.Kind).Select(g =>
            $"=== {g.Count()}× {g.Key}\n    on {string.Join(", ", g.Select(f => f.Route).Distinct())}\n"
            + string.Join("\n", g.Take(3).Select(f => f.Text))));

        private void Fail(string kind, FuzzRequest? request, string text) => Failures.Add((kind, request?.Route ?? "-", text));

        public List<string> Accepted { get; } = [];

        public async Task SendAllAsync(FuzzRequest[] requests, FuzzTargets targets)
        {
            _state = await StoredState.CaptureAsync(host, connectionString);
            for (int i = 0; i < requests.Length; i++)
            {
                var request = requests[i];
                var (status, body) = await CheckedAsync($"#{i}", request, targets);
                if (request.Form is not null && status == 200 && body.Contains("name=\"confirmed\" value=\"yes\"", StringComparison.Ordinal)
                    && new HtmlParser().ParseDocument(body).QuerySelector("main form[method=post]") is { } confirm)
                {
                    // The confirmed post, as the browser sends it: the hidden fields the confirmation page repeats.
                    var fields = confirm.QuerySelectorAll("input[type=hidden]")
                        .Select(h => new KeyValuePair<string, string>(h.GetAttribute("name") ?? string.Empty, h.GetAttribute("value") ?? string.Empty))
                        .Where(f => f.Key != DashboardAuthentication.CsrfField)
                        .ToList();
                    string action = (confirm.GetAttribute("action") ?? "/" + request.Path).TrimStart('/');
                    await CheckedAsync($"#{i} confirmed", request with { Path = action, Form = fields, Multipart = false, OmitCsrf = false }, targets);
                }
            }
        }

        /// <summary>Sends one request, lets the workflows take it in, and checks the answer and the stored state.</summary>
        private async Task<(int Status, string Body)> CheckedAsync(string label, FuzzRequest request, FuzzTargets targets)
        {
            int status;
            string body;
            try
            {
                (status, body) = await SendAsync(request);
            }
            catch (ContentNotBuiltException)
            {
                // HttpClient itself refuses to build this body (a header it will not write): nothing was sent.
                return (0, string.Empty);
            }
            catch (Exception e) when ((request.HugeMegabytes > 0 || OverTheSmallestBodyLimit(request) || request.Path.Contains("%00", StringComparison.OrdinalIgnoreCase) || request.Path.Length > MaxRequestLine) && e is HttpRequestException or IOException)
            {
                // Kestrel answers an oversized upload or body (413 from its declared length; a path with NUL: 400 before
                // routing; a request line over its 8 KB limit: 414) and closes the connection while the client may
                // still be sending the body: no 5xx, just no answer to read (on a loaded machine the reset can overtake
                // the answer).
                status = 0;
                body = string.Empty;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
            {
                Fail($"no answer ({e.GetType().Name})", request, $"{label} {request.Describe()}\n  → no answer: {e.GetType().Name}: {FuzzRequest.Excerpt(e.Message, 300)}");
                return (0, string.Empty);
            }

            await host.DrainAsync();
            var after = await StoredState.CaptureAsync(host, connectionString);
            var logged = errors.Take();
            if (status >= 500)
            {
                Fail($"{status}: {Signature(logged)}", request, $"{label} {request.Describe()}\n  → {status}: {FuzzRequest.Excerpt(body, 300)}"
                    + string.Concat(logged.Take(2).Select(e => "\n  logged: " + FuzzRequest.Excerpt(e, 600))));
            }

            bool confirmation = request.Form is not null && status == 200 && body.Contains("name=\"confirmed\" value=\"yes\"", StringComparison.Ordinal);
            bool readOnly = request.Method is "GET" or "HEAD" || status >= 400 || status == 0 || confirmation;
            var differences = after.Differences(_state!);
            if (readOnly && differences.Count > 0)
            {
                Fail($"answered {(confirmation ? "with a confirmation page" : status >= 400 ? "4xx" : "a read")}, yet stored state changed", request,
                    $"{label} {request.Describe()}\n  → {status}, yet stored state changed:\n    " + string.Join("\n    ", differences.Take(6)));
            }
            else if (differences.Count > 0)
            {
                Accepted.Add($"  {label} {FuzzRequest.Excerpt(request.Describe(), 300)} → {status}");
            }

            if (request.Method == "POST" && status is >= 200 and < 300 && request.SeriesId is { } series && request.Date is { } date
                && request.Route.Contains("/occurrences/{date}/", StringComparison.Ordinal)
                && targets.OccurrenceDates.TryGetValue(series, out var dates) && !dates.Contains(date, StringComparer.Ordinal) && !targets.MovedAwayDates.Contains(date, StringComparer.Ordinal))
            {
                Fail("a date that is not an occurrence was accepted", request, $"{label} {request.Describe()}\n  → {status}: accepted for {FuzzRequest.Excerpt(date, 40)}, which is not an occurrence of '{series}' ({string.Join(", ", dates.Take(4))}, …)");
            }

            _state = after;
            await CheckInstancesAsync($"after {label} {FuzzRequest.Excerpt(request.Describe(), 300)}");
            return (status, body);
        }

        /// <summary>Reports every instance that is Failed (once each), with its failure and what came just before.</summary>
        public async Task CheckInstancesAsync(string when)
        {
            await foreach (var instance in host.Client.GetAllInstancesAsync(new OrchestrationQuery { Statuses = [OrchestrationRuntimeStatus.Failed] }))
            {
                if (_failedReported.Add(instance.InstanceId))
                {
                    var detail = await host.Client.GetInstanceAsync(instance.InstanceId, getInputsAndOutputs: true);
                    Fail($"instance Failed ({detail?.FailureDetails?.ErrorType})", null, $"instance {instance.InstanceId} Failed {when}:\n  {FuzzRequest.Excerpt(detail?.FailureDetails?.ErrorType + ": " + detail?.FailureDetails?.ErrorMessage, 800)}");
                }
            }
        }

        /// <summary>After the month: every page and GET route with the first real ids still answers without a 5xx.</summary>
        public async Task ReadEverythingAsync(FuzzTargets targets)
        {
            foreach (var (method, pattern) in targets.Routes.Where(r => r.Method == "GET"))
            {
                string path = pattern.TrimStart('/');
                foreach (System.Text.RegularExpressions.Match parameter in FuzzTargets.Parameter().Matches(pattern))
                {
                    string name = parameter.Groups[1].Value;
                    string value = (name == "date" ? targets.OccurrenceDates.Values.SelectMany(d => d) : targets.RealValues(pattern, name)).FirstOrDefault() ?? "x";
                    path = path.Replace(parameter.Value, Uri.EscapeDataString(value), StringComparison.Ordinal);
                }

                var client = pattern.StartsWith("/dashboard", StringComparison.Ordinal) ? session : host.Http;
                using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
                if ((int)response.StatusCode >= 500)
                {
                    Fail("5xx after the month", null, $"after the month: {method} /{path} → {(int)response.StatusCode}: {FuzzRequest.Excerpt(await response.Content.ReadAsStringAsync(), 400)}");
                }
            }
        }

        /// <summary>What a 5xx's logged exception says (type and message), the same for every request it hits.</summary>
        private static string Signature(List<string> logged)
            => logged.Select(e => e.IndexOf(" [", StringComparison.Ordinal) is int at and >= 0 ? e[(at + 2)..] : e)
                .Select(e => FuzzRequest.Excerpt(System.Text.RegularExpressions.Regex.Replace(e, @"Actual value was .*|\(Parameter.*", string.Empty, System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1)), 110))
                .FirstOrDefault() ?? "nothing logged";

        private async Task<(int Status, string Body)> SendAsync(FuzzRequest request)
        {
            var client = request.Sender switch
            {
                FuzzSender.ApiKey => host.Http,
                FuzzSender.Session => session,
                FuzzSender.SignOutSession => signOut,
                _ => host.Anonymous,
            };
            using var message = new HttpRequestMessage(new HttpMethod(request.Method), new Uri(request.Path, UriKind.Relative));
            message.Content = Content(request);
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            using var response = await client.SendAsync(message, timeout.Token);
            return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(timeout.Token));
        }

        private HttpContent? Content(FuzzRequest request)
        {
            try
            {
                if (request.HugeMegabytes > 0)
                {
                    // A stream of unknown length: sent chunked, so no Content-Length tells the server the size up front.
                    var packed = new MemoryStream();
                    using (var gzip = new GZipStream(packed, CompressionLevel.Fastest, leaveOpen: true))
                    {
                        byte[] block = Encoding.ASCII.GetBytes(new string('x', 1 << 20));
                        for (int i = 0; i < request.HugeMegabytes; i++)
                        {
                            gzip.Write(block);
                        }
                    }

                    packed.Position = 0;
                    var content = new StreamContent(new GZipStream(packed, CompressionMode.Decompress));
                    content.Headers.ContentType = MediaTypeHeaderValue.Parse(request.ContentType!);
                    return content;
                }

                if (request.Form is not null)
                {
                    List<KeyValuePair<string, string>> fields = request.OmitCsrf ? [.. request.Form] : [new(DashboardAuthentication.CsrfField, csrf), .. request.Form];
                    if (!request.Multipart)
                    {
                        return new FormUrlEncodedContent(fields);
                    }

                    var multipart = new MultipartFormDataContent();
                    foreach (var (key, value) in fields)
                    {
                        multipart.Add(new StringContent(value), key);
                    }

                    return multipart;
                }

                if (request.Body is null)
                {
                    return null;
                }

                var raw = new ByteArrayContent(Encoding.UTF8.GetBytes(request.Body));
                if (request.ContentType is { Length: > 0 } && !raw.Headers.TryAddWithoutValidation("Content-Type", request.ContentType))
                {
                    throw new ContentNotBuiltException();
                }

                return raw;
            }
            catch (Exception e) when (e is FormatException or ArgumentException or UriFormatException)
            {
                throw new ContentNotBuiltException();
            }
        }
    }

    private sealed class ContentNotBuiltException : Exception;
}
