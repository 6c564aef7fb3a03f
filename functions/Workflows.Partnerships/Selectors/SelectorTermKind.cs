namespace Workflows.Partnerships.Selectors;

/// <summary>What one <c>&amp;</c>-separated part of a selector tests.</summary>
internal enum SelectorTermKind
{
    /// <summary>A bare person id.</summary>
    Person,

    /// <summary><c>role:&lt;role&gt;</c>.</summary>
    Role,

    /// <summary><c>kind:&lt;organization kind&gt;</c>.</summary>
    Kind,

    /// <summary><c>org:&lt;organization id&gt;</c>.</summary>
    Organization,
}
