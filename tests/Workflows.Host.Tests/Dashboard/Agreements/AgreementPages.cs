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
    /// Waits until the instance's history holds <paramref name="raised"/> raised events, then drains: an action raises its
    /// event and answers at once, and the driver alone cannot tell an event still in the queue from an idle instance.
    /// </summary>
    public static async Task TakenInAsync(DashboardHost host, string instanceId, int raised)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while ((await host.Client.GetInstanceHistoryAsync(instanceId, patience.Token)).Count(e => e.EventType == "EventRaised") < raised)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(20), patience.Token);
        }

        await host.DrainAsync();
    }

    public static AngleSharp.Dom.IDocument Parse(string html) => new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);

    /// <summary>The <c>data-person</c> ids of a list in a round's section, sorted.</summary>
    public static List<string> People(IElement section, string list)
        => [.. section.QuerySelectorAll($".people.{list} li").Select(li => li.GetAttribute("data-person")!).Order(StringComparer.Ordinal)];
}
