namespace LearnHub.Compliance;

/// <summary>
/// Declares which communication service a controller provides, for SanctionsAnalyzers (matched by name: the
/// analyzer package has no runtime assembly). Added when the analyzer asked for the category of the courses.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
public sealed class CommunicationServiceAttribute(params string[] categories) : Attribute
{
    public IReadOnlyList<string> Categories { get; } = categories;
}
