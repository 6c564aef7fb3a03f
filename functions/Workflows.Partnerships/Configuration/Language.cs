namespace Workflows.Partnerships.Configuration;

/// <summary>The language of the messages sent (<c>nl</c>, <c>en</c>).</summary>
public enum Language
{
    Nl,
    En,
}
