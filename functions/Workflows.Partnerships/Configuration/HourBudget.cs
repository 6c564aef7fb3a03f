namespace Workflows.Partnerships.Configuration;

/// <summary>One entry of a convenant's <c>hours</c> mapping, kept in file order.</summary>
public sealed record HourBudget(string Name, decimal Hours);
