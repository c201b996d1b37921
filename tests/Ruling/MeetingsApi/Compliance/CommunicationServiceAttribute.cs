namespace MeetingsApi.Compliance;

/// <summary>
/// Declares which communication service a controller or hub provides, for SanctionsAnalyzers
/// (matched by name; the analyzer package has no runtime assembly).
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
public sealed class CommunicationServiceAttribute(params string[] categories) : Attribute
{
    public IReadOnlyList<string> Categories { get; } = categories;
}
