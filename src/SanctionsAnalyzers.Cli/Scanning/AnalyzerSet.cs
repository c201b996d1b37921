using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SanctionsAnalyzers.Analysis;
using SanctionsAnalyzers.Cli.Reports;

namespace SanctionsAnalyzers.Cli.Scanning
{
    /// <summary>
    /// Every C# <see cref="DiagnosticAnalyzer"/> the SanctionsAnalyzers assembly exports, found by reflection, so that
    /// new rules run in the tool without a change here.
    /// </summary>
    public sealed class AnalyzerSet
    {
        private AnalyzerSet(ImmutableArray<DiagnosticAnalyzer> analyzers)
        {
            Analyzers = analyzers;
            Descriptors = analyzers.SelectMany(a => a.SupportedDiagnostics).GroupBy(d => d.Id, StringComparer.Ordinal).Select(g => g.First())
                .OrderBy(d => d.Id, StringComparer.Ordinal).ToImmutableArray();
        }

        public ImmutableArray<DiagnosticAnalyzer> Analyzers { get; }

        public ImmutableArray<DiagnosticDescriptor> Descriptors { get; }

        public bool Supports(string id) => Descriptors.Any(d => d.Id == id);

        public static AnalyzerSet Discover()
        {
            var assembly = typeof(GeoBlockAnalyzer).Assembly;
            Type?[] types;
            try
            {
                types = assembly.GetTypes();
            }
            catch (ReflectionTypeLoadException e)
            {
                types = e.Types;
            }

            var analyzers = types
                .Where(t => t is { IsAbstract: false, IsGenericTypeDefinition: false } && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
                .Where(t => t!.GetCustomAttributes<DiagnosticAnalyzerAttribute>().Any(a => a.Languages.Contains(LanguageNames.CSharp)))
                .Where(t => t!.GetConstructor(Type.EmptyTypes) is not null)
                .OrderBy(t => t!.FullName, StringComparer.Ordinal)
                .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t!)!)
                .ToImmutableArray();
            return new AnalyzerSet(analyzers);
        }

        public static RuleInfo ToRule(DiagnosticDescriptor descriptor) => new RuleInfo
        {
            Id = descriptor.Id,
            Title = descriptor.Title.ToString(CultureInfo.InvariantCulture),
            Description = descriptor.Description.ToString(CultureInfo.InvariantCulture),
            HelpUri = string.IsNullOrEmpty(descriptor.HelpLinkUri) ? null : descriptor.HelpLinkUri,
            Category = descriptor.Category,
            DefaultSeverity = SeverityLevels.FromRoslyn(descriptor.DefaultSeverity),
            EnabledByDefault = descriptor.IsEnabledByDefault,
            Tags = descriptor.CustomTags.ToList(),
        };
    }
}
