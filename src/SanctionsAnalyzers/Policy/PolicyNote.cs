using System;
using SanctionsAnalyzers.Model;

namespace SanctionsAnalyzers.Policy
{
    /// <summary>
    /// A dated fact the map records about a program without deciding a verdict: a FAQ number, a renamed part, a later
    /// order that leaves the authorizations in place (Cuba, EO 14404 and GL 1). A &lt;note&gt; element of PolicyMap.xml.
    /// </summary>
    internal sealed class PolicyNote
    {
        public PolicyNote(string citation, DateTime effective, Confidence confidence, string source, string text)
        {
            Citation = citation;
            Effective = effective;
            Confidence = confidence;
            Source = source;
            Text = text;
        }

        public string Citation { get; }

        public DateTime Effective { get; }

        public Confidence Confidence { get; }

        public string Source { get; }

        /// <summary>What the note says, in one or two sentences.</summary>
        public string Text { get; }
    }
}
