namespace Workflows.Host.Api.Documents;

/// <summary>Why an upload is refused: the HTTP status and the Dutch detail of its problem details.</summary>
internal sealed record DocumentRefusal(int Status, string Detail);
