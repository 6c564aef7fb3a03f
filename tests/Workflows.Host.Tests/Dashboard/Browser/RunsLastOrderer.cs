using Xunit.Abstractions;
using Xunit.Sdk;

namespace Workflows.Host.Tests.Dashboard.Browser;

/// <summary>Runs a class's tests by name, those marked <see cref="RunsLastAttribute"/> after all others.</summary>
public sealed class RunsLastOrderer : ITestCaseOrderer
{
    public const string Name = "Workflows.Host.Tests.Dashboard.Browser.RunsLastOrderer";
    public const string Assembly = "Workflows.Host.Tests";

    public IEnumerable<TTestCase> OrderTestCases<TTestCase>(IEnumerable<TTestCase> testCases)
        where TTestCase : ITestCase
        => testCases
            .OrderBy(t => t.TestMethod.Method.GetCustomAttributes(typeof(RunsLastAttribute).AssemblyQualifiedName).Any())
            .ThenBy(t => t.TestMethod.Method.Name, StringComparer.Ordinal)
            .ThenBy(t => t.DisplayName, StringComparer.Ordinal);
}
