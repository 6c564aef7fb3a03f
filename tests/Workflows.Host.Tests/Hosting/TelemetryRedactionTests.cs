using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;
using Workflows.Host.Hosting;

namespace Workflows.Host.Tests.Hosting;

public sealed class TelemetryRedactionTests
{
    [Theory]
    [InlineData("/api/links/eyJpIjoiYSJ9.c2ln", "/api/links/{token}")]
    [InlineData("https://func-x.azurewebsites.net/api/links/eyJpIjoiYSJ9.c2ln?x=1", "https://func-x.azurewebsites.net/api/links/{token}?x=1")]
    [InlineData("https://graph.microsoft.com/v1.0/users/secretariaat@profijt.nl/events/AAMk=/cancel", "https://graph.microsoft.com/v1.0/users/{mailbox}/events/AAMk=/cancel")]
    [InlineData("https://graph.microsoft.com/v1.0/users/secretariaat%40profijt.nl/sendMail", "https://graph.microsoft.com/v1.0/users/{mailbox}/sendMail")]
    public void Link_tokens_and_mailboxes_leave_the_url(string url, string expected)
        => Assert.Equal(expected, TelemetryRedaction.Redact(url));

    [Theory]
    [InlineData("/api/instances/abc/history")]
    [InlineData("https://st.table.core.windows.net/WorkflowsInstances()?$filter=*")]
    [InlineData("/api/links")]
    public void Other_urls_stay_as_they_are(string url)
        => Assert.Same(url, TelemetryRedaction.Redact(url));

    [Fact]
    public async Task The_apps_traces_carry_neither_link_tokens_nor_mailbox_addresses()
    {
        var app = WorkflowsApp.Build(new AppSetup(HostingMode.FunctionsHost) { Urls = ["http://127.0.0.1:0"] });
        await using var _ = app;
        app.Services.GetRequiredService<TracerProvider>();

        // Registered after the app's tracer, so it sees each span after the app's processors ran.
        var seen = new ConcurrentQueue<string>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is "System.Net.Http" or "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                foreach (var tag in activity.TagObjects)
                {
                    if (tag.Value is string value)
                    {
                        seen.Enqueue($"{tag.Key}={value}");
                    }
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
        await app.StartAsync();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
            const string token = "eyJpIjoic2VjcmV0In0.c2lnbmF0dXJl";
            using (await http.GetAsync(new Uri("/api/links/" + token, UriKind.Relative)))
            {
                // The answer does not matter (this app has no storage); the span of the request does.
            }

            // Graph's requests name the organizer mailbox in the path; nothing listens on port 9.
            await Assert.ThrowsAnyAsync<HttpRequestException>(() => http.GetAsync(new Uri("http://127.0.0.1:9/v1.0/users/secretariaat@profijt.nl/events")));

            // The server's span stops after the response has reached the client: wait for it (a hang guard, not a
            // timing assertion) instead of reading the spans the moment the response arrives.
            using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            while (!seen.Contains("url.path=/api/links/{token}") && !patience.IsCancellationRequested)
            {
                await Task.Delay(20, CancellationToken.None);
            }

            Assert.Contains(seen, t => t == "url.path=/api/links/{token}");
            Assert.Contains(seen, t => t.StartsWith("url.full=", StringComparison.Ordinal) && t.Contains("/users/{mailbox}/events", StringComparison.Ordinal));
            Assert.DoesNotContain(seen, t => t.Contains(token, StringComparison.Ordinal) || t.Contains("secretariaat@profijt.nl", StringComparison.Ordinal));
        }
        finally
        {
            await app.StopAsync();
        }
    }
}
