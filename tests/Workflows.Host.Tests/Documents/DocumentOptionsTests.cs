using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Workflows.Host.Api;
using Workflows.Host.Api.Documents;

namespace Workflows.Host.Tests.Documents;

/// <summary><c>Workflows:Documents</c> is bound with the API's settings; values out of range stop the host.</summary>
public sealed class DocumentOptionsTests
{
    [Fact]
    public void The_defaults_are_10_MB_30_days_and_no_scanning()
    {
        var options = Options(new Dictionary<string, string?>());

        Assert.Equal(10 * 1024 * 1024, options.Documents.MaxBytes);
        Assert.Equal(TimeSpan.FromDays(30), options.Documents.LinkValidity);
        Assert.Equal(DocumentScanning.None, options.Documents.MalwareScanning);
    }

    [Fact]
    public void Settings_are_read_from_the_Documents_section()
    {
        var options = Options(new Dictionary<string, string?>
        {
            ["Workflows:Documents:MaxBytes"] = "2048",
            ["Workflows:Documents:LinkValidity"] = "14.00:00:00",
            ["Workflows:Documents:MalwareScanning"] = "DefenderForStorage",
        });

        Assert.Equal(2048, options.Documents.MaxBytes);
        Assert.Equal(TimeSpan.FromDays(14), options.Documents.LinkValidity);
        Assert.Equal(DocumentScanning.DefenderForStorage, options.Documents.MalwareScanning);
    }

    [Theory]
    [InlineData("Workflows:Documents:MaxBytes", "0")]
    [InlineData("Workflows:Documents:MaxBytes", "104857601")]
    [InlineData("Workflows:Documents:LinkValidity", "00:00:00")]
    [InlineData("Workflows:Documents:LinkValidity", "400.00:00:00")]
    public void Values_out_of_range_are_refused(string key, string value)
    {
        var e = Assert.Throws<OptionsValidationException>(() => Options(new Dictionary<string, string?> { [key] = value }));

        Assert.Contains("Workflows:Documents", e.Message, StringComparison.Ordinal);
    }

    private static WorkflowsApiOptions Options(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var services = new ServiceCollection().AddLogging().AddWorkflowsApi(configuration).BuildServiceProvider();
        return services.GetRequiredService<IOptions<WorkflowsApiOptions>>().Value;
    }
}
