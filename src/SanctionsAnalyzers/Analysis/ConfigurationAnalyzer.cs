using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SanctionsAnalyzers.Configuration;
using SanctionsAnalyzers.Policy;
using SanctionsAnalyzers.Rules;
using SanctionsAnalyzers.Services;

namespace SanctionsAnalyzers.Analysis
{
    /// <summary>
    /// Checks the inputs the analysis relies on: MSBuild settings, appsettings*.json files, and package compliance
    /// metadata (the project's own and that of its references). Bad input is reported where it is, never dropped.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ConfigurationAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(InvalidConfigurationRule.Descriptor, InvalidPackageMetadataRule.Descriptor, WaiverNotAppliedRule.Descriptor);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);

            context.RegisterCompilationAction(compilation =>
            {
                var globalOptions = compilation.Options.AnalyzerConfigOptionsProvider.GlobalOptions;
                foreach (var (property, value, allowed) in AnalyzerSettings.InvalidValues(globalOptions))
                {
                    compilation.ReportDiagnostic(InvalidConfigurationRule.Create(
                        Location.None,
                        "MSBuild property " + property + " has the value '" + value + "'; allowed values: " + allowed + ". The value is ignored."));
                }

                ReportPolicyKeyProblems(compilation, globalOptions);

                if (AnalyzerSettings.IsExcludedTestProject(globalOptions))
                {
                    return;
                }

                ReportMetadataProblems(compilation);
                ReportStaleWaivers(compilation);
            });

            context.RegisterAdditionalFileAction(file =>
            {
                var options = file.Options.AnalyzerConfigOptionsProvider;
                if (WaiverFile.IsWaiverFile(file.AdditionalFile.Path) && file.AdditionalFile.GetText(file.CancellationToken) is { } waiverText)
                {
                    foreach (var (location, message) in WaiverFile.Read(file.AdditionalFile.Path, waiverText).Problems)
                    {
                        file.ReportDiagnostic(InvalidConfigurationRule.Create(location, message));
                    }

                    return;
                }

                if (AnalyzerSettings.IsExcludedTestProject(options.GlobalOptions) || !AppSettingsIndex.IsAppSettings(file.AdditionalFile, options))
                {
                    return;
                }

                var text = file.AdditionalFile.GetText(file.CancellationToken);
                var document = text is null
                    ? AppSettingsDocument.Unreadable(file.AdditionalFile.Path)
                    : AppSettingsDocument.Parse(text, file.AdditionalFile.Path, file.CancellationToken);
                if (document.Error is { } error)
                {
                    file.ReportDiagnostic(InvalidConfigurationRule.Create(
                        error.Location,
                        "Configuration file " + System.IO.Path.GetFileName(file.AdditionalFile.Path) + " cannot be read: " + error.Message
                        + ". Block lists in it are not checked."));
                }
            });
        }

        /// <summary>
        /// Bad <c>sanctions_analyzers.*</c> keys, at their lines when the build passed the config files as AdditionalFiles
        /// (otherwise without a location: the message names the key); and keys placed where the compiler never hands them
        /// to the analyzer (an .editorconfig, a section), which would otherwise be dropped silently.
        /// </summary>
        private static void ReportPolicyKeyProblems(CompilationAnalysisContext context, AnalyzerConfigOptions globalOptions)
        {
            var lines = AnalyzerConfigLines.ReadAll(context.Options, context.CancellationToken);
            foreach (var problem in PolicyOverrides.Read(globalOptions, PolicyMap.Embedded).Problems)
            {
                var located = false;
                foreach (var line in lines)
                {
                    if (line.IsRead && string.Equals(line.Key, problem.Key, System.StringComparison.OrdinalIgnoreCase)
                        && (!globalOptions.TryGetValue(problem.Key, out var value) || string.Equals(line.Value, value.Trim(), System.StringComparison.Ordinal)))
                    {
                        context.ReportDiagnostic(InvalidConfigurationRule.Create(line.Location, problem.Message));
                        located = true;
                    }
                }

                if (!located)
                {
                    context.ReportDiagnostic(InvalidConfigurationRule.Create(Location.None, problem.Message));
                }
            }

            foreach (var line in lines)
            {
                if (line.IsRead && line.CutOffEntries is { } cut)
                {
                    context.ReportDiagnostic(InvalidConfigurationRule.Create(
                        line.Location,
                        "Key '" + line.Key + "' is read as '" + line.Value + "' only: in analyzer config files ';' starts a comment, so '" + cut
                        + "' is ignored. Separate the entries with ','."));
                }

                if (!line.IsRead)
                {
                    var where = line.IsGlobalFile
                        ? "is in section [" + line.Section + "]"
                        : "is in " + System.IO.Path.GetFileName(line.Location.GetLineSpan().Path) + ", which is not a global config";
                    context.ReportDiagnostic(InvalidConfigurationRule.Create(
                        line.Location,
                        "Key '" + line.Key + "' " + where + ", so the analyzer never reads it: sanctions_analyzers keys are project-wide and belong before the first section of a global config (.globalconfig, or a file with is_global = true)."));
                }
            }
        }

        /// <summary>Expired waivers, and waivers whose target is not in the project (docs/waivers.md).</summary>
        private static void ReportStaleWaivers(CompilationAnalysisContext context)
        {
            var today = WaiverFile.Today(context.Options.AnalyzerConfigOptionsProvider.GlobalOptions);
            foreach (var waiver in WaiverFile.ReadAll(context.Options.AdditionalFiles, context.CancellationToken))
            {
                string? problem = null;
                if (today is { } now && waiver.Expires < now)
                {
                    problem = "it expired on " + waiver.Expires.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + " (owner " + waiver.Owner + "); renew it after a new review or remove it";
                }
                else if (!WaiverFile.TargetExists(waiver, context.Compilation, context.Options.AdditionalFiles))
                {
                    problem = "its target is not in this project; remove it or correct the target";
                }

                if (problem is not null)
                {
                    context.ReportDiagnostic(Diagnostic.Create(WaiverNotAppliedRule.Descriptor, waiver.Location, waiver.RuleId, waiver.Target, problem));
                }
            }
        }

        private static void ReportMetadataProblems(CompilationAnalysisContext context)
        {
            var policy = PolicyMap.Embedded;
            var own = PackageMetadata.Read(context.Compilation.Assembly, policy);
            if (own is not null)
            {
                foreach (var problem in own.Problems)
                {
                    context.ReportDiagnostic(InvalidPackageMetadataRule.Create(problem, "this project (" + context.Compilation.AssemblyName + ")", inThisCompilation: true));
                }
            }

            foreach (var reference in context.Compilation.References)
            {
                if (context.Compilation.GetAssemblyOrModuleSymbol(reference) is IAssemblySymbol assembly
                    && PackageMetadata.Read(assembly, policy) is { Problems.IsEmpty: false } referenced)
                {
                    foreach (var problem in referenced.Problems)
                    {
                        context.ReportDiagnostic(InvalidPackageMetadataRule.Create(problem, "referenced assembly " + assembly.Identity.Name, inThisCompilation: false));
                    }
                }
            }
        }
    }
}
