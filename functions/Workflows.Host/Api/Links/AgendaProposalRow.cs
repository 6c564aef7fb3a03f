namespace Workflows.Host.Api.Links;

/// <summary>One item of the agenda link's form as typed (raw, unchecked): title, short explanation, who brings it in.</summary>
internal sealed record AgendaProposalRow(string Title, string Explanation, string Who)
{
    public bool IsEmpty => Title.Length == 0 && Explanation.Length == 0 && Who.Length == 0;
}
