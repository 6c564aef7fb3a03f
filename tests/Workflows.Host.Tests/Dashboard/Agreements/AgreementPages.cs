using DurableTask.Core.History;
using System.Net;
using AngleSharp.Dom;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Host.Api.Config;
using Workflows.Partnerships.Configuration;

namespace Workflows.Host.Tests.Dashboard.Agreements;

/// <summary>What the Subsidies and Convenants tests share: the stored configuration, English pages, texts of a list.</summary>
internal static class AgreementPages
{
    public static async Task<PartnershipConfig> ConfigAsync(DashboardHost host)
        => (await host.Services.GetRequiredService<IPartnershipConfigStore>().GetCurrentAsync())!.Config;

    /// <summary>A page read with the language cookie set to English (fails unless 200).</summary>
    public static async Task<IDocument> EnglishAsync(DashboardHost host, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path.TrimStart('/'), UriKind.Relative));
        request.Headers.Add("Cookie", "wf-lang=en");
        using var response = await host.Http.SendAsync(request);
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode}\n{body}");
        return new AngleSharp.Html.Parser.HtmlParser().ParseDocument(body);
    }

    /// <summary>
    /// Lets the runtime take in what an action raised (it answers at once) and run what that set off; the instance's
    /// history must then hold <paramref name="raised"/> raised events.
    /// </summary>
    public static async Task TakenInAsync(DashboardHost host, string instanceId, int raised)
    {
        await host.DrainAsync();
        Assert.True(
            (await host.Client.GetOrchestrationHistoryAsync(instanceId)).Count(e => e.EventType == EventType.EventRaised) >= raised,
            $"{instanceId} took in fewer than {raised} events.");
    }

    public static AngleSharp.Dom.IDocument Parse(string html) => new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);

    /// <summary>The <c>data-person</c> ids of a list in a round's section, sorted.</summary>
    public static List<string> People(IElement section, string list)
        => [.. section.QuerySelectorAll($".people.{list} li").Select(li => li.GetAttribute("data-person")!).Order(StringComparer.Ordinal)];
}
