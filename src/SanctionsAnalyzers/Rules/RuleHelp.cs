namespace SanctionsAnalyzers.Rules
{
    internal static class RuleHelp
    {
        public const string DocsBaseUri = "https://github.com/SanctionsAnalyzers/SanctionsAnalyzers/blob/main/docs/rules/";

        /// <summary>Every rule's help page is docs/rules/SANCnnnn.md in the repository (a test checks each exists).</summary>
        public static string UriFor(string id) => DocsBaseUri + id + ".md";
    }
}
