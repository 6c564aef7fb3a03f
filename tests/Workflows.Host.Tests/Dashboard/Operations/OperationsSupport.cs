using System.Net;
using Microsoft.DurableTask.Client;

namespace Workflows.Host.Tests.Dashboard.Operations;

/// <summary>What the Operations tests share: the Profijt sample's instances, letting the runtime drain, raw page reads.</summary>
internal static class OperationsSupport
{
    public const string Directieberaad = "meeting:profijt:directieberaad";
    public const string Round = "subsidy:profijt:techniek-achterhoek-2027";

    /// <summary>The fourteen workflows the Profijt sample starts: thirteen meeting cycles (one per group) and one subsidy round.</summary>
    public static readonly string[] SampleInstances =
    [
        "meeting:profijt:directieberaad",
        "meeting:profijt:klankbord-decanen",
        "meeting:profijt:klankbord-zorg",
        "meeting:profijt:werkgroep-bwi",
        "meeting:profijt:werkgroep-pie",
        "meeting:profijt:werkgroep-mt",
        "meeting:profijt:werkgroep-mat",
        "meeting:profijt:werkgroep-mvi",
        "meeting:profijt:werkgroep-zw",
        "meeting:profijt:werkgroep-eo",
        "meeting:profijt:werkgroep-hbr",
        "meeting:profijt:werkgroep-groen",
        "meeting:profijt:werkgroep-dp",
        Round,
    ];

    public static string DetailPath(string id) => $"dashboard/operations/instances/{Uri.EscapeDataString(id)}";

    /// <summary>Lets the stored configuration's workflows run what is due now; every sample workflow must be running.</summary>
    public static async Task StartedAsync(DashboardHost host)
    {
        await host.DrainAsync();
        var running = new List<string>();
        await foreach (var m in host.Client.GetAllInstancesAsync(new OrchestrationQuery { FetchInputsAndOutputs = true }))
        {
            if (m.RuntimeStatus == OrchestrationRuntimeStatus.Running && m.SerializedCustomStatus is not null)
            {
                running.Add(m.InstanceId);
            }
        }

        Assert.All(SampleInstances, id => Assert.Contains(id, running));
    }

    /// <summary>Lets the workflows take in a command just sent, then returns the instance, which must meet <paramref name="done"/>.</summary>
    public static async Task<OrchestrationMetadata?> StatusAsync(DashboardHost host, string id, Func<OrchestrationMetadata?, bool> done)
    {
        await host.DrainAsync();
        var last = await host.Client.GetInstanceAsync(id, getInputsAndOutputs: true);
        Assert.True(done(last), $"{id} did not change as expected: {last?.RuntimeStatus}.");
        return last;
    }

    /// <summary>A page with its status, whatever it is (the key header; English when asked).</summary>
    public static async Task<(HttpStatusCode Status, string Body, AngleSharp.Dom.IDocument Document)> GetAsync(DashboardHost host, string path, bool english = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        if (english)
        {
            request.Headers.Add("Cookie", "wf-lang=en");
        }

        using var response = await host.Http.SendAsync(request);
        string body = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, body, new AngleSharp.Html.Parser.HtmlParser().ParseDocument(body));
    }

    public static async Task<(HttpStatusCode Status, string Body, AngleSharp.Dom.IDocument Document)> PostAsync(DashboardHost host, string path, params (string Name, string Value)[] fields)
    {
        var (status, body) = await host.PostFormAsync(path, fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        return (status, body, new AngleSharp.Html.Parser.HtmlParser().ParseDocument(body));
    }

    public static List<string> InstanceIds(AngleSharp.Dom.IDocument page)
        => [.. page.QuerySelectorAll("table.instances tr[data-instance]").Select(tr => tr.GetAttribute("data-instance")!)];
}
